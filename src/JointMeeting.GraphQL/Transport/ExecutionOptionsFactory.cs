using JointMeeting.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace JointMeeting.GraphQL.Transport;

/// <summary>Per-operation <see cref="ExecutionOptions"/>: the caller, the request's services and the server's limits.</summary>
public static class ExecutionOptionsFactory
{
    /// <summary>
    /// Options for one operation of <paramref name="context"/> (an HTTP request or a WebSocket upgrade),
    /// after the host's <see cref="GraphQLServerOptions.OnRequest"/> hook.
    /// </summary>
    public static async ValueTask<ExecutionOptions> CreateAsync(GraphQLServerOptions server, HttpContext context,
        bool allowMutations, CancellationToken? cancellationToken = null)
    {
        var schema = server.Schema ?? throw new InvalidOperationException("GraphQLServerOptions.Schema is not set.");
        var options = new ExecutionOptions(schema)
        {
            Services = context.RequestServices,
            User = context.User,
            CancellationToken = cancellationToken ?? context.RequestAborted,
            AllowMutations = allowMutations,
            AllowIntrospection = server.EnableIntrospection,
            ErrorFilter = server.ErrorFilter,
            Limits = server.Limits,
        };
        if (server.OnRequest is { } hook) await hook(context, options).ConfigureAwait(false);
        return options;
    }
}
