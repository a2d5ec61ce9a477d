using JointMeeting.GraphQL.Execution.DataLoader;
using JointMeeting.GraphQL.Types;
using Microsoft.Extensions.Logging;

namespace JointMeeting.GraphQL.Execution;

/// <summary>
/// One running operation (spec §6.2–6.4): executes selection sets, fields and value completion.
/// Fields of a query start one after another and the asynchronous ones then run concurrently;
/// values that complete synchronously never allocate a Task. A field error makes its position
/// null, and <see cref="NullBubble"/> carries the null up to the nearest nullable position.
/// </summary>
internal sealed partial class OperationExecution
{
    /// <summary>"This non-null position is null": the enclosing object or list must become null too.</summary>
    internal static readonly object NullBubble = new();

    private static readonly FieldResolver EventResolver = context => new ValueTask<object?>(context.Source);
    private readonly List<GraphQLError> _errors = [];
    private BatchScheduler? _batches;

    public OperationExecution(ExecutionOptions options, IReadOnlyDictionary<string, object?> variables, FieldCollector collector, ILogger? logger)
    {
        Options = options;
        Schema = options.Schema;
        Variables = variables;
        Collector = collector;
        Logger = logger;
    }

    public ExecutionOptions Options { get; }

    public Schema Schema { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public FieldCollector Collector { get; }

    public ILogger? Logger { get; }

    /// <summary>Errors raised so far (thread-safe snapshot).</summary>
    public IReadOnlyList<GraphQLError>? Errors
    {
        get
        {
            lock (_errors) return _errors.Count == 0 ? null : [.. _errors];
        }
    }

    /// <summary>The DataLoader scheduler of this request (created on first use).</summary>
    public BatchScheduler Batches
    {
        get
        {
            if (_batches is { } existing) return existing;
            Interlocked.CompareExchange(ref _batches, new BatchScheduler(Options.CancellationToken), null);
            return _batches;
        }
    }

    internal void AddError(GraphQLError error)
    {
        lock (_errors) _errors.Add(error);
    }

    /// <summary>Runs a selection set to completion, dispatching DataLoader batches whenever all started work waits on them.</summary>
    public ValueTask<object?> RunAsync(SelectionPlan plan, ObjectType type, object? source, bool serially)
    {
        // Batching relies on resolvers resuming inline when a batch completes; a caller's task scheduler or
        // synchronization context would post their continuations elsewhere, racing the driver (a level split in two).
        if (TaskScheduler.Current != TaskScheduler.Default)
            return new(Task.Factory.StartNew(() => RunAsync(plan, type, source, serially).AsTask(),
                CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default).Unwrap());
        var context = SynchronizationContext.Current;
        if (context is null) return Start(plan, type, source, serially);
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return Start(plan, type, source, serially);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }

    private ValueTask<object?> Start(SelectionPlan plan, ObjectType type, object? source, bool serially)
    {
        var execution = serially ? ExecuteSerially(plan, type, source) : ExecuteSelectionSet(plan, type, source, null);
        return execution.IsCompleted ? execution : Drive(execution);
    }

    private async ValueTask<object?> Drive(ValueTask<object?> execution)
    {
        var task = execution.AsTask();
        var batches = Batches;
        while (!task.IsCompleted)
        {
            if (batches.HasPending) await batches.DispatchAsync().ConfigureAwait(false);
            else await batches.WaitAsync(task).ConfigureAwait(false);
        }
        return await task.ConfigureAwait(false);
    }

    private ValueTask<object?> ExecuteSelectionSet(SelectionPlan plan, ObjectType type, object? source, ResponsePath? path)
    {
        var fields = plan.Fields;
        var map = new ResultMap(plan.Keys);
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        for (int i = 0; i < fields.Length; i++)
        {
            var task = ExecuteField(fields[i], type, source, path);
            if (!task.IsCompletedSuccessfully)
            {
                (pending ??= []).Add((i, task));
                continue;
            }
            var value = task.Result;
            if (ReferenceEquals(value, NullBubble))
            {
                // like graphql-js: the object is lost, later siblings are not started
                return pending is null ? new(NullBubble) : AwaitFields(map, pending, bubbled: true);
            }
            map.Set(i, value);
        }
        return pending is null ? new(map) : AwaitFields(map, pending, bubbled: false);
    }

    private static async ValueTask<object?> AwaitFields(ResultMap map, List<(int Index, ValueTask<object?> Task)> pending, bool bubbled)
    {
        foreach (var (index, task) in pending)
        {
            var value = await task.ConfigureAwait(false);
            if (ReferenceEquals(value, NullBubble)) bubbled = true;
            else map.Set(index, value);
        }
        return bubbled ? NullBubble : map;
    }

    /// <summary>Mutation root fields run one at a time (spec §6.2.2), each to completion.</summary>
    private async ValueTask<object?> ExecuteSerially(SelectionPlan plan, ObjectType type, object? source)
    {
        var map = new ResultMap(plan.Keys);
        for (int i = 0; i < plan.Fields.Length; i++)
        {
            var task = ExecuteField(plan.Fields[i], type, source, null);
            var value = task.IsCompleted ? task.Result : await Drive(task).ConfigureAwait(false);
            if (ReferenceEquals(value, NullBubble)) return NullBubble;
            map.Set(i, value);
        }
        return map;
    }

    /// <summary>Spec ExecuteField: coerce arguments, resolve, complete; errors become null at this position.</summary>
    private ValueTask<object?> ExecuteField(FieldPlan field, ObjectType parentType, object? source, ResponsePath? parentPath)
    {
        if (field.IsTypeName) return new(parentType.Name);
        var path = new ResponsePath(parentPath, field.ResponseKey);
        var context = new FieldContext(this, field, parentType, source, path);
        ValueTask<object?> resolved;
        try
        {
            context.SetArguments(field.Arguments(Variables));
            var resolver = field.Definition.Resolver
                ?? (SubscriptionEvent && parentPath is null && field.Definition.Subscriber is not null ? EventResolver : DefaultFieldResolver.Instance);
            resolved = resolver(context);
        }
        catch (Exception error) when (!IsCancellation(error))
        {
            return new(HandleError(error, field.Type, path, context));
        }
        if (resolved.IsCompletedSuccessfully) return CompleteField(context, resolved.Result);
        return AwaitField(context, resolved);
    }

    private async ValueTask<object?> AwaitField(FieldContext context, ValueTask<object?> resolved)
    {
        object? value;
        try
        {
            value = await resolved.ConfigureAwait(false);
        }
        catch (Exception error) when (!IsCancellation(error))
        {
            return HandleError(error, context.Plan.Type, context.ResponsePath, context);
        }
        return await CompleteField(context, value).ConfigureAwait(false);
    }

    private ValueTask<object?> CompleteField(FieldContext context, object? value)
    {
        var type = context.Plan.Type;
        try
        {
            var completed = CompleteValue(type, context, context.ResponsePath, value);
            if (completed.IsCompletedSuccessfully) return new(Settle(type, completed.Result));
            return AwaitCompletion(type, context, context.ResponsePath, completed);
        }
        catch (Exception error) when (!IsCancellation(error))
        {
            return new(HandleError(error, type, context.ResponsePath, context));
        }
    }

    private async ValueTask<object?> AwaitCompletion(GraphQLType type, FieldContext context, ResponsePath path, ValueTask<object?> completed)
    {
        try
        {
            return Settle(type, await completed.ConfigureAwait(false));
        }
        catch (Exception error) when (!IsCancellation(error))
        {
            return HandleError(error, type, path, context);
        }
    }

    /// <summary>At a nullable position a bubbling null stops: the position becomes null.</summary>
    private static object? Settle(GraphQLType type, object? value) =>
        ReferenceEquals(value, NullBubble) && type is not NonNullType ? null : value;

    private bool IsCancellation(Exception error) => error is OperationCanceledException && Options.CancellationToken.IsCancellationRequested;
}
