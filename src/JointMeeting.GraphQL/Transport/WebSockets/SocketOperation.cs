using JointMeeting.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace JointMeeting.GraphQL.Transport.WebSockets;

/// <summary>
/// One <c>subscribe</c> on a socket: a request error becomes an <c>error</c> message; a query or
/// mutation one <c>next</c> then <c>complete</c>; a subscription a <c>next</c> per event until its
/// stream ends (<c>complete</c>) or <paramref name="cancel"/> fires (client's complete or socket gone).
/// <paramref name="release"/> frees the id before a terminal message (<c>complete</c>, <c>error</c>), since a
/// client may reuse it the moment it reads that message; it returns false when the client completed it first.
/// </summary>
public sealed class SocketOperation(
    string id,
    GraphQLRequest request,
    CancellationTokenSource cancel,
    Func<bool> release,
    SocketSender sender,
    HttpContext http,
    GraphQLServerOptions options,
    IGraphQLExecutor executor,
    ILogger logger)
{
    /// <summary>Runs the operation to its end; never throws.</summary>
    public async Task RunAsync()
    {
        var token = cancel.Token;
        try
        {
            var executionOptions = await ExecutionOptionsFactory.CreateAsync(options, http, allowMutations: true, token).ConfigureAwait(false);
            var result = await executor.ExecuteAsync(request, executionOptions).ConfigureAwait(false);
            if (token.IsCancellationRequested) return;
            if (result.IsRequestError)
            {
                if (release()) await sender.SendErrorAsync(id, result.Errors ?? []).ConfigureAwait(false);
                return;
            }
            if (result.Stream is { } stream)
            {
                await foreach (var item in stream.WithCancellation(token).ConfigureAwait(false))
                {
                    if (token.IsCancellationRequested) return;
                    await sender.SendNextAsync(id, item).ConfigureAwait(false);
                }
            }
            else
            {
                await sender.SendNextAsync(id, result).ConfigureAwait(false);
            }
            // After the client's own complete, nothing more may be sent for this id.
            if (!token.IsCancellationRequested && release()) await sender.SendCompleteAsync(id).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // completed by the client or the socket closed: the stream was disposed by await foreach
        }
        catch (Exception e)
        {
            logger.LogError(e, "graphql-transport-ws operation {Id} failed", id);
            if (!token.IsCancellationRequested && release())
                await sender.SendErrorAsync(id, "Internal server error", "INTERNAL").ConfigureAwait(false);
        }
    }
}
