using JointMeeting.GraphQL.Execution;
using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Transport.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JointMeeting.GraphQL.Transport;

/// <summary>
/// GraphQL over HTTP (graphql-over-http spec): POST with a JSON body for every operation, GET for
/// queries, GraphiQL for a browser's GET, and the WebSocket upgrade handed to <see cref="GraphQLWebSocketHandler"/>.
/// </summary>
public sealed class GraphQLHttpHandler(
    IGraphQLExecutor executor,
    IOptions<GraphQLServerOptions> options,
    GraphiQLFiles graphiql,
    GraphQLWebSocketHandler webSockets,
    ILogger<GraphQLHttpHandler> logger)
{
    private const string SubscriptionsOverWebSocket =
        "Subscriptions are served over WebSocket (subprotocol graphql-transport-ws) at this path.";

    private readonly GraphQLServerOptions _options = options.Value;

    /// <summary>Answers one request to the GraphQL path.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        bool isGet = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (isGet && context.WebSockets.IsWebSocketRequest && _options.EnableWebSockets)
        {
            await webSockets.AcceptAsync(context).ConfigureAwait(false);
            return;
        }
        string? accept = request.Headers.Accept;
        if (isGet && MediaTypes.PrefersHtml(accept) && _options.EnableGraphiQL && !request.Query.ContainsKey("query"))
        {
            await graphiql.ServePageAsync(context).ConfigureAwait(false);
            return;
        }
        var media = MediaTypes.Negotiate(accept);
        if (media is ResponseMediaType.None or ResponseMediaType.Html)
        {
            await HttpResponses.WriteErrorAsync(context, StatusCodes.Status406NotAcceptable,
                "Accept application/graphql-response+json or application/json.", "NOT_ACCEPTABLE", ResponseMediaType.Json).ConfigureAwait(false);
            return;
        }
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            await HttpResponses.WriteMethodNotAllowedAsync(context, "GET, POST", "GraphQL accepts GET and POST.", media).ConfigureAwait(false);
            return;
        }

        var (graphQLRequest, problem) = isGet
            ? HttpRequestReader.ReadGet(request)
            : await HttpRequestReader.ReadPostAsync(request, _options.MaxRequestBodyBytes).ConfigureAwait(false);
        if (problem is not null)
        {
            await HttpResponses.WriteProblemAsync(context, problem, media).ConfigureAwait(false);
            return;
        }
        // GET must never change anything (links, prefetches and cross-site images can send GETs).
        if (isGet && OperationKinds.Find(graphQLRequest!.Query!, graphQLRequest.OperationName) is OperationType.Mutation or OperationType.Subscription)
        {
            await HttpResponses.WriteMethodNotAllowedAsync(context, "POST",
                "Mutations and subscriptions cannot be sent with GET; use POST (subscriptions: WebSocket).", media).ConfigureAwait(false);
            return;
        }
        await ExecuteAsync(context, graphQLRequest!, media, allowMutations: !isGet).ConfigureAwait(false);
    }

    private async Task ExecuteAsync(HttpContext context, GraphQLRequest graphQLRequest, ResponseMediaType media, bool allowMutations)
    {
        ExecutionResult result;
        try
        {
            var executionOptions = await ExecutionOptionsFactory.CreateAsync(_options, context, allowMutations).ConfigureAwait(false);
            result = await executor.ExecuteAsync(graphQLRequest, executionOptions).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // the client went away; nobody is left to answer
        }
        catch (Exception e)
        {
            logger.LogError(e, "GraphQL execution failed");
            await HttpResponses.WriteErrorAsync(context, StatusCodes.Status500InternalServerError,
                "Internal server error.", "INTERNAL", media).ConfigureAwait(false);
            return;
        }
        if (result.Stream is { } stream)
        {
            // Never started: disposing an unstarted enumerator releases the source without running it.
            await stream.GetAsyncEnumerator().DisposeAsync().ConfigureAwait(false);
            await HttpResponses.WriteProblemAsync(context, RequestProblem.BadRequest(SubscriptionsOverWebSocket), media).ConfigureAwait(false);
            return;
        }
        await HttpResponses.WriteResultAsync(context, result, media, StatusFor(context, result, media)).ConfigureAwait(false);
    }

    private static int StatusFor(HttpContext context, ExecutionResult result, ResponseMediaType media)
    {
        if (result.RequestError == RequestErrorKind.MutationNotAllowed)
        {
            context.Response.Headers.Allow = "POST";
            return StatusCodes.Status405MethodNotAllowed;
        }
        // graphql-response+json says "this request failed" with 400; legacy JSON answers 200 for any well-formed request.
        return result.IsRequestError && media == ResponseMediaType.GraphQLResponseJson
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
    }
}
