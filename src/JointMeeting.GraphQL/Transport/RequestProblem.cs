using Microsoft.AspNetCore.Http;

namespace JointMeeting.GraphQL.Transport;

/// <summary>
/// Why an HTTP request is not a well-formed GraphQL-over-HTTP request: the status to answer and a
/// message for the client. These answer with their status whatever the negotiated media type.
/// </summary>
public sealed record RequestProblem(int StatusCode, string Message, string Code = "BAD_REQUEST")
{
    public static RequestProblem BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    public static readonly RequestProblem MissingQuery =
        BadRequest("The request has no query: send a JSON body (or GET parameters) with a string \"query\".");

    public static readonly RequestProblem MissingBody = BadRequest("The POST request has no body.");

    public static readonly RequestProblem UnsupportedMediaType = new(StatusCodes.Status415UnsupportedMediaType,
        "POST bodies must be application/json (UTF-8).", "UNSUPPORTED_MEDIA_TYPE");

    public static RequestProblem TooLarge(long limit) => new(StatusCodes.Status413PayloadTooLarge,
        $"The request body is larger than {limit} bytes.", "PAYLOAD_TOO_LARGE");
}
