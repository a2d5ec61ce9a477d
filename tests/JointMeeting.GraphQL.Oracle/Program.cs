using System.Text.Json;
using JointMeeting.GraphQL.Oracle;

// Reads {mode, schema, documents:[{name, text, variables?}]} on stdin, answers {results:[...]} on stdout.
// One process serves a whole batch, so the Node oracle pays .NET start-up once.
using var input = Console.OpenStandardInput();
using var request = JsonDocument.Parse(input);
var root = request.RootElement;
string mode = root.TryGetProperty("mode", out var m) ? m.GetString() ?? "validate" : "validate";
var schema = OracleSchema.Build(root.GetProperty("schema").GetString()!);
// execution and introspection run the corpus SDL with the generic data resolver of ExecutionBatch
var executionSchema = mode is "execute" or "introspect" ? ExecutionBatch.BuildSchema(root.GetProperty("schema").GetString()!) : null;
var executionData = mode == "execute" ? ExecutionBatch.LoadData(root.GetProperty("data")) : null;

using var output = Console.OpenStandardOutput();
using var writer = new Utf8JsonWriter(output);
writer.WriteStartObject();
writer.WriteStartArray("results");
foreach (var document in root.GetProperty("documents").EnumerateArray())
{
    string name = document.GetProperty("name").GetString()!;
    string text = document.GetProperty("text").GetString()!;
    writer.WriteStartObject();
    writer.WriteString("name", name);
    switch (mode)
    {
        case "validate":
            ValidationBatch.Write(writer, schema, text);
            break;
        case "execute":
            ExecutionBatch.Write(writer, executionSchema!, executionData, document);
            break;
        case "introspect":
            ExecutionBatch.Write(writer, executionSchema!, null, document);
            writer.WriteString("sdl", JointMeeting.GraphQL.Utilities.SchemaPrinter.Print(executionSchema!));
            break;
        default:
            writer.WriteString("unsupportedMode", mode);
            break;
    }
    writer.WriteEndObject();
}
writer.WriteEndArray();
writer.WriteEndObject();
