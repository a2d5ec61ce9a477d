using System.Runtime.CompilerServices;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Execution;

public sealed partial class GraphQLExecutor
{
    /// <summary>
    /// Spec §6.2.3: creates the source event stream of the single root field, then maps every event
    /// through the selection set (a fresh execution per event, with the event as the root value).
    /// </summary>
    private async Task<ExecutionResult> SubscribeAsync(ExecutionOptions options, IReadOnlyDictionary<string, object?> variables,
        FieldCollector collector, SelectionPlan plan, ObjectType rootType)
    {
        var field = plan.Fields[0];
        var execution = new OperationExecution(options, variables, collector, _logger);
        IAsyncEnumerable<object?> source;
        try
        {
            source = await execution.CreateSourceStreamAsync(field, rootType, options.RootValue).ConfigureAwait(false);
        }
        catch (GraphQLError error)
        {
            return ExecutionResult.Failed(RequestErrorKind.Subscription, [error]);
        }
        return new ExecutionResult { Stream = MapEvents(source, options, variables, collector, plan, rootType) };
    }

    private async IAsyncEnumerable<ExecutionResult> MapEvents(IAsyncEnumerable<object?> source, ExecutionOptions options,
        IReadOnlyDictionary<string, object?> variables, FieldCollector collector, SelectionPlan plan, ObjectType rootType,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken, cancellationToken);
        await foreach (var payload in source.WithCancellation(linked.Token).ConfigureAwait(false))
        {
            var execution = new OperationExecution(options, variables, collector, _logger) { SubscriptionEvent = true };
            var data = await execution.RunAsync(plan, rootType, payload, serially: false).ConfigureAwait(false);
            yield return new ExecutionResult
            {
                Data = ReferenceEquals(data, OperationExecution.NullBubble) ? null : data,
                Errors = execution.Errors,
            };
        }
    }
}
