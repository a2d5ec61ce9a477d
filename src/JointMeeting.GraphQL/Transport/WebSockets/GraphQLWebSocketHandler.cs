using JointMeeting.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace JointMeeting.GraphQL.Transport.WebSockets;

/// <summary>
/// Accepts WebSocket upgrades at the GraphQL path for <c>graphql-transport-ws</c>. The upgrade
/// request's user (its cookie) is the user of every operation on the socket.
/// </summary>
public sealed class GraphQLWebSocketHandler(
    IGraphQLExecutor executor,
    IOptions<GraphQLServerOptions> options,
    ILogger<GraphQLWebSocketHandler> logger)
{
    private readonly GraphQLServerOptions _options = options.Value;

    /// <summary>Accepts the upgrade and serves the socket until it closes.</summary>
    public async Task AcceptAsync(HttpContext context)
    {
        if (!IsAllowedOrigin(context))
        {
            // Browsers send cookies on cross-site upgrades and WebSockets have no CORS: refuse foreign pages.
            await HttpResponses.WriteTextAsync(context, StatusCodes.Status403Forbidden, "WebSocket connections from this origin are not allowed.\n").ConfigureAwait(false);
            return;
        }
        bool speaksProtocol = context.WebSockets.WebSocketRequestedProtocols.Contains(CloseCodes.Subprotocol);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            SubProtocol = speaksProtocol ? CloseCodes.Subprotocol : null,
            KeepAliveInterval = TimeSpan.FromSeconds(30),
        }).ConfigureAwait(false);
        var connection = new GraphQLWebSocketConnection(socket, context, _options, executor, logger);
        await connection.RunAsync(speaksProtocol ? null : (CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable")).ConfigureAwait(false);
    }

    private bool IsAllowedOrigin(HttpContext context)
    {
        string? origin = context.Request.Headers[HeaderNames.Origin];
        if (string.IsNullOrEmpty(origin)) return true; // not a browser page (browsers always send Origin on upgrades)
        if (_options.AllowedWebSocketOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase)) return true;
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
