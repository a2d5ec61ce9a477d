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
            Services = new RequestServices(context),
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

    /// <summary>
    /// The request's services, reached only when a resolver asks: most operations never do, and
    /// touching <see cref="HttpContext.RequestServices"/> creates (and later disposes) a DI scope.
    /// </summary>
    private sealed class RequestServices(HttpContext context) : IServiceProvider
    {
        public object? GetService(Type serviceType) => context.RequestServices.GetService(serviceType);
    }
}
