using System.Collections;
using System.Text.Json;

namespace JointMeeting.GraphQL.Execution;

/// <summary>Writes results as the spec orders them (§7): <c>errors</c>, <c>data</c>, <c>extensions</c>.</summary>
public static class ExecutionResultJson
{
    /// <summary>Writes <paramref name="result"/> as one JSON object; request errors have no <c>data</c> key.</summary>
    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in errors) WriteError(writer, error);
            writer.WriteEndArray();
        }
        if (!result.IsRequestError)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }
        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>The result as a JSON string (tests, logs).</summary>
    public static string Serialize(ExecutionResult result)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) Write(writer, result);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>One error: message, locations (when known), path (execution errors), extensions (when any).</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                if (segment is int index) writer.WriteNumberValue(index);
                else writer.WriteStringValue(segment.ToString());
            }
            writer.WriteEndArray();
        }
        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes a result value: maps, lists, strings, numbers, booleans, null, JSON elements.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: WriteDouble(writer, d); break;
            case float f: WriteDouble(writer, f); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case ResultMap map: WriteMap(writer, map); break;
            case object?[] array: WriteList(writer, array); break;
            case JsonElement json: json.WriteTo(writer); break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                writer.WriteStartObject();
                foreach (var (key, item) in pairs)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(entry.Key.ToString()!);
                    WriteValue(writer, entry.Value);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            case Enum e: writer.WriteStringValue(e.ToString()); break;
            case IFormattable number when value is short or ushort or byte or sbyte or uint or ulong:
                writer.WriteRawValue(number.ToString(null, System.Globalization.CultureInfo.InvariantCulture)); break;
            default: writer.WriteStringValue(value.ToString()); break;
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, ResultMap map)
    {
        writer.WriteStartObject();
        for (int i = 0; i < map.Count; i++)
        {
            writer.WritePropertyName(map.KeyAt(i));
            WriteValue(writer, map.ValueAt(i));
        }
        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, object?[] items)
    {
        writer.WriteStartArray();
        foreach (var item in items) WriteValue(writer, item);
        writer.WriteEndArray();
    }

    // JSON has no NaN/Infinity; scalars never produce them, but a custom one might
    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        if (double.IsFinite(d)) writer.WriteNumberValue(d);
        else writer.WriteNullValue();
    }
}
