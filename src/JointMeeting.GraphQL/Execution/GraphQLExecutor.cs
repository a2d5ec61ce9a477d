using JointMeeting.GraphQL.Language;
using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;
using JointMeeting.GraphQL.Validation;
using Microsoft.Extensions.Logging;

namespace JointMeeting.GraphQL.Execution;

/// <summary>
/// The engine's <see cref="IGraphQLExecutor"/>: parse (cached by query text), validate (cached per
/// schema and limits), select the operation, coerce variables, then execute — queries with
/// concurrent resolvers, mutations serially, subscriptions as a stream of results. One instance
/// serves the whole application (register it as a singleton).
/// </summary>
public sealed partial class GraphQLExecutor : IGraphQLExecutor
{
    private readonly ILogger? _logger;

    /// <summary>Creates an executor with a document cache of <paramref name="cacheCapacity"/> entries.</summary>
    public GraphQLExecutor(ILogger<GraphQLExecutor>? logger = null, int cacheCapacity = 1_000)
    {
        _logger = logger;
        Cache = new DocumentCache(cacheCapacity);
    }

    /// <summary>The parsed-document cache (hit counts for diagnostics).</summary>
    public DocumentCache Cache { get; }

    /// <summary>Parser limits for request documents.</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;

    /// <inheritdoc />
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, ExecutionOptions options)
    {
        options.CancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrWhiteSpace(request.Query))
            return Task.FromResult(ExecutionResult.Failed(RequestErrorKind.Syntax, "Must provide query string."));
        CachedDocument document;
        try
        {
            document = Cache.Get(request.Query, ParserOptions);
        }
        catch (GraphQLSyntaxError error)
        {
            var at = new NameNode { Value = "", Location = new Location(error.Position, error.Position, error.Line, error.Column) };
            return Task.FromResult(ExecutionResult.Failed(RequestErrorKind.Syntax, [new GraphQLError(error.Message, [at])]));
        }
        var limits = options.Limits ?? ValidationOptions.Default;
        var bound = document.For(options.Schema, limits);
        if (bound.Errors.Count > 0) return Task.FromResult(ExecutionResult.Failed(RequestErrorKind.Validation, bound.Errors));
        if (!options.AllowIntrospection && bound.IntrospectionField is { } introspection)
            return Task.FromResult(ExecutionResult.Failed(RequestErrorKind.Validation, [new GraphQLError(
                $"GraphQL introspection has been disabled, but the requested query contained the field \"{introspection.Name.Value}\".", introspection)]));

        var (operation, operationError) = SelectOperation(document, request.OperationName);
        if (operation is null) return Task.FromResult(ExecutionResult.Failed(RequestErrorKind.Operation, operationError!));
        if (operation.Operation == OperationType.Mutation && !options.AllowMutations)
            return Task.FromResult(ExecutionResult.Failed(RequestErrorKind.MutationNotAllowed,
                [new GraphQLError("Can only perform a mutation operation from a POST request.", operation)]));
        var rootType = options.Schema.GetRootType(operation.Operation);
        if (rootType is null)
            return Task.FromResult(ExecutionResult.Failed(RequestErrorKind.Operation,
                [new GraphQLError($"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.", operation)]));

        var (variables, variableErrors) = VariableCoercion.Coerce(options.Schema, operation, request.Variables, limits.HideSuggestions);
        if (variableErrors is not null) return Task.FromResult(ExecutionResult.Failed(RequestErrorKind.Variables, variableErrors));
        if (bound.SizeFromVariables)
        {
            var limitErrors = DocumentValidator.Validate(options.Schema, document.Document, LimitRules.All, limits with { VariableValues = variables });
            if (limitErrors.Count > 0) return Task.FromResult(ExecutionResult.Failed(RequestErrorKind.Validation, limitErrors));
        }

        var collector = bound.SharedCollector ?? new FieldCollector(options.Schema, document.Fragments, variables);
        var plan = bound.RootPlan(operation, rootType, collector);
        if (operation.Operation == OperationType.Subscription)
            return SubscribeAsync(options, variables, collector, plan, rootType);
        var execution = new OperationExecution(options, variables, collector, _logger);
        var data = execution.RunAsync(plan, rootType, options.RootValue, serially: operation.Operation == OperationType.Mutation);
        return data.IsCompletedSuccessfully
            ? Task.FromResult(Result(execution, data.Result))
            : Finish(execution, data);
    }

    private static async Task<ExecutionResult> Finish(OperationExecution execution, ValueTask<object?> data) =>
        Result(execution, await data.ConfigureAwait(false));

    private static ExecutionResult Result(OperationExecution execution, object? data) => new()
    {
        Data = ReferenceEquals(data, OperationExecution.NullBubble) ? null : data,
        Errors = execution.Errors,
    };

    /// <summary>Spec §6.1 GetOperation, with graphql-js's messages.</summary>
    private static (OperationDefinitionNode?, IReadOnlyList<GraphQLError>?) SelectOperation(CachedDocument document, string? name)
    {
        var operations = document.Operations;
        if (string.IsNullOrEmpty(name))
        {
            if (operations.Count == 1) return (operations[0], null);
            return (null, [new GraphQLError(operations.Count == 0
                ? "Must provide an operation."
                : "Must provide operation name if query contains multiple operations.")]);
        }
        foreach (var operation in operations)
            if (operation.Name?.Value == name) return (operation, null);
        return (null, [new GraphQLError($"Unknown operation named \"{name}\".")]);
    }
}
