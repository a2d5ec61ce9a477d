using System.Text.Json;
using JointMeeting.GraphQL.Language;
using JointMeeting.GraphQL.Types;
using JointMeeting.GraphQL.Validation;

namespace JointMeeting.GraphQL.Oracle;

/// <summary>Parses and validates one document with the specified rules only (the limits are ours, not graphql-js's).</summary>
internal static class ValidationBatch
{
    public static void Write(Utf8JsonWriter writer, Schema schema, string text)
    {
        Language.Ast.DocumentNode document;
        try
        {
            document = Parser.Parse(text, ParserOptions.Trusted);
        }
        catch (GraphQLSyntaxError error)
        {
            writer.WriteStartObject("syntaxError");
            writer.WriteString("message", error.Message);
            writer.WriteStartArray("locations");
            WriteLocation(writer, error.Line, error.Column);
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteStartArray("errors");
            writer.WriteEndArray();
            return;
        }
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var errors = DocumentValidator.Validate(schema, document, SpecifiedRules.All);
        writer.WriteNumber("elapsedMs", System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        writer.WriteStartArray("errors");
        foreach (var error in errors) WriteError(writer, error);
        writer.WriteEndArray();
    }

    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        writer.WriteStartArray("locations");
        foreach (var location in error.Locations) WriteLocation(writer, location.Line, location.Column);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter writer, int line, int column)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(line);
        writer.WriteNumberValue(column);
        writer.WriteEndArray();
    }
}
