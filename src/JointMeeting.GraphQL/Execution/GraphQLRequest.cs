using System.Text.Json;

namespace JointMeeting.GraphQL.Execution;

/// <summary>One GraphQL request as a transport received it (GraphQL over HTTP / graphql-transport-ws).</summary>
/// <param name="Query">The document text; null or empty is a request error.</param>
/// <param name="OperationName">Which operation of the document to run; optional when it has one.</param>
/// <param name="Variables">A JSON object of variable values, or null.</param>
/// <param name="Extensions">Protocol extensions (e.g. persisted query hashes); not interpreted by the engine.</param>
public sealed record GraphQLRequest(string? Query, string? OperationName = null, JsonElement? Variables = null, JsonElement? Extensions = null);

/// <summary>Runs GraphQL requests: parse (cached), validate (cached), coerce variables, execute.</summary>
public interface IGraphQLExecutor
{
    /// <summary>
    /// Executes <paramref name="request"/>. Never throws for anything the client caused (those are
    /// errors in the result); throws <see cref="OperationCanceledException"/> when the request is cancelled.
    /// </summary>
    Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, ExecutionOptions options);
}
