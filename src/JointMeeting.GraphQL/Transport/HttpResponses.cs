using System.Text.Json;
using JointMeeting.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace JointMeeting.GraphQL.Transport;

/// <summary>Writes GraphQL responses and transport errors with the negotiated media type.</summary>
public static class HttpResponses
{
    /// <summary>Writes <paramref name="result"/> as the body, with <paramref name="statusCode"/>.</summary>
    public static async Task WriteResultAsync(HttpContext context, ExecutionResult result, ResponseMediaType media, int statusCode)
    {
        var buffer = JsonResponseBuffer.Rent();
        try
        {
            ExecutionResultJson.Write(buffer.Writer, result);
            await SendAsync(context, buffer.Written, media, statusCode).ConfigureAwait(false);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>A transport-level error as a GraphQL response with one error and no data.</summary>
    public static Task WriteProblemAsync(HttpContext context, RequestProblem problem, ResponseMediaType media) =>
        WriteErrorAsync(context, problem.StatusCode, problem.Message, problem.Code, media);

    /// <summary><c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c> with <paramref name="statusCode"/>.</summary>
    public static async Task WriteErrorAsync(HttpContext context, int statusCode, string message, string code, ResponseMediaType media)
    {
        var buffer = JsonResponseBuffer.Rent();
        try
        {
            WriteErrorBody(buffer.Writer, message, code);
            await SendAsync(context, buffer.Written, media, statusCode).ConfigureAwait(false);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>Writes one error object: <c>{"message":…,"extensions":{"code":…}}</c>.</summary>
    public static void WriteError(Utf8JsonWriter writer, string message, string code)
    {
        writer.WriteStartObject();
        writer.WriteString("message"u8, message);
        writer.WriteStartObject("extensions"u8);
        writer.WriteString("code"u8, code);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteErrorBody(Utf8JsonWriter writer, string message, string code)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("errors"u8);
        WriteError(writer, message, code);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static Task SendAsync(HttpContext context, ReadOnlyMemory<byte> body, ResponseMediaType media, int statusCode)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = media == ResponseMediaType.GraphQLResponseJson ? MediaTypes.GraphQLResponseJsonUtf8 : MediaTypes.JsonUtf8;
        SetNoStore(response);
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body).AsTask();
    }

    /// <summary>GraphQL answers are per caller and per moment: never cached, never sniffed.</summary>
    public static void SetNoStore(HttpResponse response)
    {
        var headers = response.Headers;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
    }

    /// <summary>A short plain-text answer (GraphiQL not built, WebSocket refused, wrong method).</summary>
    public static Task WriteTextAsync(HttpContext context, int statusCode, string text)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/plain; charset=utf-8";
        SetNoStore(response);
        return response.WriteAsync(text);
    }

    /// <summary>405 with the methods that are allowed.</summary>
    public static Task WriteMethodNotAllowedAsync(HttpContext context, string allow, string message, ResponseMediaType media)
    {
        context.Response.Headers[HeaderNames.Allow] = allow;
        return WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, message, "METHOD_NOT_ALLOWED",
            media == ResponseMediaType.None || media == ResponseMediaType.Html ? ResponseMediaType.Json : media);
    }
}
