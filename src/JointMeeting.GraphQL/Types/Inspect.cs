using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace JointMeeting.GraphQL.Types;

/// <summary>Renders CLR values the way graphql-js <c>inspect()</c> renders JS values in error messages.</summary>
public static class Inspect
{
    /// <summary>E.g. <c>"abc"</c>, <c>1.5</c>, <c>true</c>, <c>null</c>, <c>[1, 2]</c>, <c>{ a: 1 }</c>.</summary>
    public static string Value(object? value, int depth = 0) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        double d => Number(d),
        float f => Number(f),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        IFormattable n when IsInteger(value) => n.ToString(null, CultureInfo.InvariantCulture),
        JsonElement json => Json(json, depth),
        IDictionary dictionary => Object(dictionary, depth),
        IEnumerable list => List(list, depth),
        _ => value.ToString() ?? "",
    };

    /// <summary>A JS number as JS prints it (integers without ".0", NaN, Infinity).</summary>
    public static string Number(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "Infinity";
        if (double.IsNegativeInfinity(d)) return "-Infinity";
        return d.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "e+").Replace("E-", "e-");
    }

    private static bool IsInteger(object value) =>
        value is int or long or short or byte or sbyte or uint or ulong or ushort;

    private static string Object(IDictionary dictionary, int depth)
    {
        if (dictionary.Count == 0) return "{}";
        if (depth > 1) return "[object]";
        var parts = new List<string>();
        foreach (DictionaryEntry entry in dictionary) parts.Add($"{entry.Key}: {Value(entry.Value, depth + 1)}");
        return "{ " + string.Join(", ", parts) + " }";
    }

    private static string List(IEnumerable list, int depth)
    {
        if (depth > 1) return "[Array]";
        var parts = new List<string>();
        foreach (var item in list) parts.Add(Value(item, depth + 1));
        return "[" + string.Join(", ", parts) + "]";
    }

    private static string Json(JsonElement json, int depth) => json.ValueKind switch
    {
        JsonValueKind.String => JsonSerializer.Serialize(json.GetString()),
        JsonValueKind.Number => json.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => "null",
        JsonValueKind.Array => depth > 1 ? "[Array]" : "[" + string.Join(", ", json.EnumerateArray().Select(e => Json(e, depth + 1))) + "]",
        _ => depth > 1 ? "[object]" : json.EnumerateObject().Any()
            ? "{ " + string.Join(", ", json.EnumerateObject().Select(p => $"{p.Name}: {Json(p.Value, depth + 1)}")) + " }"
            : "{}",
    };
}
