using System.Text;
using System.Text.Json;

namespace JointMeeting.GraphQL.Transport;

/// <summary>
/// Checks that every string in a JSON value can become a .NET string. The JSON reader accepts
/// invalid UTF-8 and lone surrogate escapes (<c>"\ud800"</c>) until someone reads the string, so
/// they are caught here, at the door, instead of deep in execution.
/// </summary>
public static class JsonStrings
{
    /// <summary>Walks the object or array <paramref name="reader"/> is at (a copy: the caller's reader does not move).</summary>
    /// <exception cref="InvalidOperationException">A string is not valid text.</exception>
    public static void Validate(Utf8JsonReader reader)
    {
        int depth = reader.CurrentDepth;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName) Check(ref reader);
        }
    }

    /// <summary>True when every string (values and property names) in <paramref name="element"/> is valid text.</summary>
    public static bool AreValid(JsonElement element)
    {
        try
        {
            return Walk(element);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool Walk(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                return true;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    if (!Walk(item)) return false;
                return true;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    if (!Walk(property.Value)) return false;
                }
                return true;
            default:
                return true;
        }
    }

    private static void Check(ref Utf8JsonReader reader)
    {
        // Plain ASCII without escapes is always valid; only the rest pays for a decode.
        if (!reader.HasValueSequence && !reader.ValueIsEscaped && Ascii.IsValid(reader.ValueSpan)) return;
        _ = reader.GetString();
    }
}
