using System.Text.Json;
using JointMeeting.GraphQL.Execution;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Tests.Execution;

/// <summary>Runs documents through <see cref="GraphQLExecutor"/> and renders results as compact JSON.</summary>
internal static class ExecutionHarness
{
    public static readonly GraphQLExecutor Executor = new();

    public static async Task<ExecutionResult> Execute(Schema schema, string query, string? variables = null,
        string? operationName = null, Func<ExecutionOptions, ExecutionOptions>? configure = null, GraphQLExecutor? executor = null)
    {
        JsonElement? vars = variables is null ? null : JsonDocument.Parse(variables).RootElement;
        var options = new ExecutionOptions(schema);
        if (configure is not null) options = configure(options);
        return await (executor ?? Executor).ExecuteAsync(new GraphQLRequest(query, operationName, vars), options);
    }

    public static async Task<string> Json(Schema schema, string query, string? variables = null, string? operationName = null,
        Func<ExecutionOptions, ExecutionOptions>? configure = null) =>
        ExecutionResultJson.Serialize(await Execute(schema, query, variables, operationName, configure));

    /// <summary>JSON with single quotes for readability in expectations.</summary>
    public static string J(string singleQuoted) => singleQuoted.Replace('\'', '"');
}
