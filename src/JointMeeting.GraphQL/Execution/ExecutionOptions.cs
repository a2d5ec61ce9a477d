using System.Security.Claims;
using JointMeeting.GraphQL.Types;
using JointMeeting.GraphQL.Validation;

namespace JointMeeting.GraphQL.Execution;

/// <summary>Everything one request runs with besides the request itself.</summary>
public sealed class ExecutionOptions
{
    /// <summary>Creates options for <paramref name="schema"/>.</summary>
    public ExecutionOptions(Schema schema) => Schema = schema;

    /// <summary>The schema to execute against.</summary>
    public Schema Schema { get; }

    /// <summary>The request's (scoped) service provider; resolvers reach it through <see cref="ResolverContext.Services"/>.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>The caller; null means anonymous.</summary>
    public ClaimsPrincipal? User { get; init; }

    /// <summary>Cancels the request (client gone, server stopping).</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>False for HTTP GET: a mutation is then a request error of kind <see cref="RequestErrorKind.MutationNotAllowed"/> (405).</summary>
    public bool AllowMutations { get; init; } = true;

    /// <summary>False turns <c>__schema</c> and <c>__type</c> into validation errors.</summary>
    public bool AllowIntrospection { get; init; } = true;

    /// <summary>Per-request state shared by resolvers (DataLoaders live here too); resolvers run concurrently, so keep it thread-safe (the default is).</summary>
    public IDictionary<string, object?> Items { get; init; } = new System.Collections.Concurrent.ConcurrentDictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Turns exceptions that are not <see cref="GraphQLError"/> into client errors; null keeps them all internal.</summary>
    public IErrorFilter? ErrorFilter { get; init; }

    /// <summary>Validation limits (depth, cost, aliases, error cap); null means <see cref="ValidationOptions.Default"/>.</summary>
    public ValidationOptions? Limits { get; init; }

    /// <summary>The value the root fields see as their parent.</summary>
    public object? RootValue { get; init; }
}
