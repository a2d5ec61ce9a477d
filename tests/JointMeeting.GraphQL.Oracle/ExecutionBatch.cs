using System.Collections;
using System.Globalization;
using System.Text.Json;
using JointMeeting.GraphQL.Execution;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Oracle;

/// <summary>
/// Executes corpus documents against the execution schema with the generic resolver that
/// tests/graphql/oracle/execution.mjs gives graphql-js: the parent's entry named like the field,
/// with the markers described in corpus/execution/schema.sdl.
/// </summary>
internal static class ExecutionBatch
{
    private static readonly GraphQLExecutor Executor = new();

    public static Schema BuildSchema(string sdl)
    {
        var schema = SchemaBuilder.FromSdl(sdl).Build();
        foreach (var type in schema.Types)
        {
            if (type is not ObjectType objectType || type.Name.StartsWith("__", StringComparison.Ordinal)) continue;
            foreach (var field in objectType.Fields) field.Resolver = Resolve;
        }
        return schema;
    }

    public static object? LoadData(JsonElement data) => Plain(data);

    public static void Write(Utf8JsonWriter writer, Schema schema, object? data, JsonElement document)
    {
        string text = document.GetProperty("text").GetString()!;
        JsonElement? variables = document.TryGetProperty("variables", out var v) ? v : null;
        string? operationName = document.TryGetProperty("operationName", out var o) ? o.GetString() : null;
        var result = Executor.ExecuteAsync(new GraphQLRequest(text, operationName, variables), new ExecutionOptions(schema) { RootValue = data })
            .GetAwaiter().GetResult();
        writer.WritePropertyName("result");
        ExecutionResultJson.Write(writer, result);
    }

    private static ValueTask<object?> Resolve(ResolverContext context)
    {
        var value = context.Source is Dictionary<string, object?> parent ? parent.GetValueOrDefault(context.Field.Name) : null;
        return Interpret(value, context);
    }

    private static ValueTask<object?> Interpret(object? value, ResolverContext context)
    {
        if (value is Dictionary<string, object?> marker)
        {
            if (marker.TryGetValue("$error", out var message)) throw new GraphQLException((string)message!);
            if (marker.TryGetValue("$async", out var later)) return Later(later, context);
            if (marker.ContainsKey("$args")) return new(Canonical(context.Arguments));
            if (marker.TryGetValue("$byArg", out var argument))
            {
                var values = (Dictionary<string, object?>)marker["values"]!;
                string key = Convert.ToString(context.Arguments.GetValueOrDefault((string)argument!), CultureInfo.InvariantCulture) ?? "";
                return Interpret(values.GetValueOrDefault(key), context);
            }
        }
        if (value is List<object?> list)
            return new(list.Select(item => item is Dictionary<string, object?> d && d.TryGetValue("$error", out var m)
                ? new GraphQLException((string)m!) : item).ToList());
        return new(value);
    }

    private static async ValueTask<object?> Later(object? value, ResolverContext context)
    {
        await Task.Yield();
        return await Interpret(value, context);
    }

    /// <summary>Coerced values printed the same way on both sides (JS number formatting, insertion order).</summary>
    private static string Canonical(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => Inspect.Number(d),
        IEnumerable<KeyValuePair<string, object?>> pairs => "{" + string.Join(",", pairs.Select(p => p.Key + ":" + Canonical(p.Value))) + "}",
        IEnumerable items => "[" + string.Join(",", items.Cast<object?>().Select(Canonical)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static object? Plain(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => json.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => json.EnumerateArray().Select(Plain).ToList(),
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number => json.TryGetInt64(out var l) ? l : json.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
