using System.Text.Json;
using JointMeeting.GraphQL.Execution;
using JointMeeting.GraphQL.Types;
using JointMeeting.GraphQL.Validation;
using Microsoft.AspNetCore.Http;

namespace JointMeeting.GraphQL.Transport;

/// <summary>
/// How <c>MapGraphQL</c> serves a schema: GraphQL over HTTP, <c>graphql-transport-ws</c> subscriptions
/// and GraphiQL. Configured once through <c>AddGraphQLServer</c>.
/// </summary>
public sealed class GraphQLServerOptions
{
    /// <summary>The schema to execute; required.</summary>
    public Schema? Schema { get; set; }

    /// <summary>Answer <c>__schema</c> and <c>__type</c>; GraphiQL and code generators need it.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>Limits beyond the specification (depth, cost, aliases); null means the executor's defaults.</summary>
    public ValidationOptions? Limits { get; set; }

    /// <summary>Turns errors into what the client may see (e.g. hides internals); null keeps the executor's default.</summary>
    public IErrorFilter? ErrorFilter { get; set; }

    /// <summary>
    /// Called for every operation (HTTP and WebSocket) before execution, e.g. to put per-request state
    /// into <see cref="ExecutionOptions.Items"/>. For WebSocket operations the context is the upgrade request.
    /// </summary>
    public Func<HttpContext, ExecutionOptions, ValueTask>? OnRequest { get; set; }

    /// <summary>Largest accepted POST body; larger ones answer 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Directory holding the built GraphiQL (<c>index.html</c> and <c>assets/</c>); null turns GraphiQL off.</summary>
    public string? GraphiQLDirectory { get; set; }

    /// <summary>Serve GraphiQL on a browser GET; on by default when <see cref="GraphiQLDirectory"/> is set.</summary>
    public bool EnableGraphiQL { get; set; } = true;

    /// <summary>Accept <c>graphql-transport-ws</c> WebSocket connections at the GraphQL path.</summary>
    public bool EnableWebSockets { get; set; } = true;

    /// <summary>How long a socket may stay open without <c>connection_init</c> before it is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Decides whether a WebSocket connection is allowed, from the upgrade request (cookie user) and
    /// the <c>connection_init</c> payload; false closes the socket with 4403. Null allows everyone.
    /// </summary>
    public Func<HttpContext, JsonElement?, ValueTask<bool>>? OnConnect { get; set; }

    /// <summary>Most operations running at once on one socket; more are answered with an error message.</summary>
    public int MaxOperationsPerSocket { get; set; } = 100;

    /// <summary>Largest accepted WebSocket message; larger ones close the socket with 1009.</summary>
    public int MaxWebSocketMessageBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Origins (scheme://host[:port]) allowed to open a WebSocket besides the server's own; a browser
    /// page from anywhere else is refused with 403, because cookies ride along on cross-site upgrades.
    /// </summary>
    public IList<string> AllowedWebSocketOrigins { get; } = [];
}
