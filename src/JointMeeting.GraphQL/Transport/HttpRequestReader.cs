using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using JointMeeting.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace JointMeeting.GraphQL.Transport;

/// <summary>Reads a GraphQL-over-HTTP request (POST JSON body or GET parameters) into a <see cref="GraphQLRequest"/>.</summary>
public static class HttpRequestReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    /// <summary>The request in a POST body, or why there is none. The body is read at most up to <paramref name="limit"/> bytes.</summary>
    public static async ValueTask<(GraphQLRequest? Request, RequestProblem? Problem)> ReadPostAsync(HttpRequest http, long limit)
    {
        if (!MediaTypes.IsJsonRequest(http.ContentType)) return (null, RequestProblem.UnsupportedMediaType);
        if (http.ContentLength > limit) return (null, RequestProblem.TooLarge(limit));
        PipeReader body = http.BodyReader;
        while (true)
        {
            ReadResult read;
            try
            {
                read = await body.ReadAsync(http.HttpContext.RequestAborted).ConfigureAwait(false);
            }
            catch (BadHttpRequestException e)
            {
                // Kestrel's own limits (e.g. its max body size) and broken chunking surface here.
                return (null, e.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? RequestProblem.TooLarge(limit)
                    : new RequestProblem(e.StatusCode, "The request body could not be read."));
            }
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                body.AdvanceTo(buffer.Start, buffer.End);
                return (null, RequestProblem.TooLarge(limit));
            }
            if (read.IsCompleted || read.IsCanceled)
            {
                // Parsed straight from Kestrel's buffers: no copy of the body.
                var parsed = buffer.IsEmpty ? (null, RequestProblem.MissingBody) : ParseBody(buffer);
                body.AdvanceTo(buffer.End);
                return parsed;
            }
            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Parses a JSON request object: <c>{query, operationName, variables, extensions}</c>.</summary>
    public static (GraphQLRequest? Request, RequestProblem? Problem) ParseBody(ReadOnlySequence<byte> json)
    {
        if (json.FirstSpan.StartsWith("\uFEFF"u8)) json = json.Slice(3);
        try
        {
            var reader = new Utf8JsonReader(json, ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return (null, RequestProblem.BadRequest("The request body must be a JSON object."));
            string? query = null, operationName = null;
            JsonElement? variables = null, extensions = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("query"u8))
                {
                    reader.Read();
                    if (!TryReadString(ref reader, out query)) return (null, WrongType("query", "a string"));
                }
                else if (reader.ValueTextEquals("operationName"u8))
                {
                    reader.Read();
                    if (!TryReadString(ref reader, out operationName)) return (null, WrongType("operationName", "a string or null"));
                }
                else if (reader.ValueTextEquals("variables"u8))
                {
                    reader.Read();
                    if (!TryReadMap(ref reader, out variables)) return (null, WrongType("variables", "an object or null"));
                }
                else if (reader.ValueTextEquals("extensions"u8))
                {
                    reader.Read();
                    if (!TryReadMap(ref reader, out extensions)) return (null, WrongType("extensions", "an object or null"));
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
            if (reader.Read()) return (null, RequestProblem.BadRequest("The request body has content after its JSON object."));
            if (query is null) return (null, RequestProblem.MissingQuery);
            return (new GraphQLRequest(query, operationName, variables, extensions), null);
        }
        catch (JsonException e)
        {
            return (null, RequestProblem.BadRequest($"The request body is not valid JSON: {FirstLine(e.Message)}"));
        }
        catch (InvalidOperationException)
        {
            return (null, InvalidText);
        }
    }

    /// <summary>The request in GET query-string parameters (<c>variables</c> and <c>extensions</c> as JSON text).</summary>
    public static (GraphQLRequest? Request, RequestProblem? Problem) ReadGet(HttpRequest http)
    {
        var parameters = http.Query;
        string? query = parameters["query"];
        if (string.IsNullOrEmpty(query)) return (null, RequestProblem.MissingQuery);
        string? operationName = parameters["operationName"];
        if (!TryParseMapParameter(parameters["variables"], out var variables)) return (null, WrongType("variables", "a JSON object"));
        if (!TryParseMapParameter(parameters["extensions"], out var extensions)) return (null, WrongType("extensions", "a JSON object"));
        return (new GraphQLRequest(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions), null);
    }

    private static bool TryReadString(ref Utf8JsonReader reader, out string? value)
    {
        value = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            _ => null,
        };
        return reader.TokenType is JsonTokenType.String or JsonTokenType.Null;
    }

    private static bool TryReadMap(ref Utf8JsonReader reader, out JsonElement? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null) return true;
        if (reader.TokenType != JsonTokenType.StartObject) return false;
        JsonStrings.Validate(reader); // a copy walks ahead: the executor then only meets valid strings
        value = JsonElement.ParseValue(ref reader);
        return true;
    }

    private static bool TryParseMapParameter(string? text, out JsonElement? value)
    {
        value = null;
        if (string.IsNullOrEmpty(text)) return true;
        try
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text), ReaderOptions);
            reader.Read();
            if (!TryReadMap(ref reader, out value)) return false;
            return !reader.Read();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    private static readonly RequestProblem InvalidText =
        RequestProblem.BadRequest("The request body has a string that is not valid UTF-8 or UTF-16 (e.g. a lone surrogate).");

    private static RequestProblem WrongType(string parameter, string expected) =>
        RequestProblem.BadRequest($"The \"{parameter}\" parameter must be {expected}.");

    private static string FirstLine(string message)
    {
        int end = message.IndexOf('\n');
        return end < 0 ? message : message[..end];
    }
}
