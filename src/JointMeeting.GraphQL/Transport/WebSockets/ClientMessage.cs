using System.Text.Json;
using JointMeeting.GraphQL.Execution;

namespace JointMeeting.GraphQL.Transport.WebSockets;

/// <summary>A message from the client in the <c>graphql-transport-ws</c> protocol (graphql-ws PROTOCOL.md).</summary>
public sealed record ClientMessage(string Type, string? Id, JsonElement? Payload, GraphQLRequest? Request)
{
    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>
    /// Parses and checks one message; on failure returns null with the reason, which becomes the
    /// reason of the 4400 close (the protocol lets it be vague; it never echoes the input).
    /// </summary>
    public static ClientMessage? Parse(ReadOnlyMemory<byte> utf8, out string? error)
    {
        error = null;
        try
        {
            using var document = JsonDocument.Parse(utf8, DocumentOptions);
            return Read(document.RootElement, out error);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            error = "Message is not valid JSON text";
            return null;
        }
    }

    private static ClientMessage? Read(JsonElement root, out string? error)
    {
        error = null;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            error = "Message must be an object with a string \"type\"";
            return null;
        }
        string type = typeElement.GetString()!;
        switch (type)
        {
            case ConnectionInit or Ping or Pong:
                if (!TryOptionalObject(root, "payload", out var payload)) return Fail(out error, $"\"{type}\" payload must be an object or null");
                return new ClientMessage(type, null, payload, null);
            case Subscribe:
                if (!TryId(root, out var id)) return Fail(out error, "\"subscribe\" needs a non-empty string \"id\"");
                if (!root.TryGetProperty("payload", out var body) || body.ValueKind != JsonValueKind.Object)
                    return Fail(out error, "\"subscribe\" payload must be an object");
                var request = ReadRequest(body, out error);
                return request is null ? null : new ClientMessage(type, id, null, request);
            case Complete:
                if (!TryId(root, out var completeId)) return Fail(out error, "\"complete\" needs a non-empty string \"id\"");
                return new ClientMessage(type, completeId, null, null);
            case ConnectionAck or Next or Error:
                return Fail(out error, $"Unexpected message of type {type} received");
            default:
                return Fail(out error, "Invalid message type");
        }
    }

    private static GraphQLRequest? ReadRequest(JsonElement body, out string? error)
    {
        error = null;
        if (!body.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
            return Fail<GraphQLRequest>(out error, "\"subscribe\" payload needs a string \"query\"");
        string? operationName = null;
        if (body.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String) return Fail<GraphQLRequest>(out error, "\"operationName\" must be a string or null");
            operationName = name.GetString();
        }
        if (!TryOptionalObject(body, "variables", out var variables)) return Fail<GraphQLRequest>(out error, "\"variables\" must be an object or null");
        if (!TryOptionalObject(body, "extensions", out var extensions)) return Fail<GraphQLRequest>(out error, "\"extensions\" must be an object or null");
        return new GraphQLRequest(query.GetString(), operationName, variables, extensions);
    }

    private static bool TryId(JsonElement root, out string id)
    {
        id = root.TryGetProperty("id", out var element) && element.ValueKind == JsonValueKind.String ? element.GetString()! : "";
        return id.Length > 0;
    }

    // Cloned, because the parsed document is disposed as soon as the message is read.
    private static bool TryOptionalObject(JsonElement parent, string name, out JsonElement? value)
    {
        value = null;
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null) return true;
        if (element.ValueKind != JsonValueKind.Object || !JsonStrings.AreValid(element)) return false;
        value = element.Clone();
        return true;
    }

    private static ClientMessage? Fail(out string? error, string reason) => Fail<ClientMessage>(out error, reason);

    private static T? Fail<T>(out string? error, string reason) where T : class
    {
        error = reason;
        return null;
    }
}
