using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Execution;

internal sealed partial class OperationExecution
{
    /// <summary>
    /// True while mapping one subscription event: the root field then resolves to the event itself
    /// unless it has a resolver of its own.
    /// </summary>
    public bool SubscriptionEvent { get; init; }

    /// <summary>Spec CreateSourceEventStream for the root field; errors are thrown located at the field.</summary>
    public async Task<IAsyncEnumerable<object?>> CreateSourceStreamAsync(FieldPlan field, ObjectType rootType, object? rootValue)
    {
        var path = new ResponsePath(null, field.ResponseKey);
        var context = new FieldContext(this, field, rootType, rootValue, path);
        object? stream;
        try
        {
            context.SetArguments(field.Arguments(Variables));
            stream = field.Definition.Subscriber is { } subscriber
                ? await subscriber(context).ConfigureAwait(false)
                : await (field.Definition.Resolver ?? DefaultFieldResolver.Instance)(context).ConfigureAwait(false);
        }
        catch (Exception error) when (!IsCancellation(error))
        {
            throw ToFieldError(error, path, context);
        }
        if (stream is IAsyncEnumerable<object?> events) return events;
        throw new GraphQLError($"Subscription field must return Async Iterable. Received: {Inspect.Value(stream)}.", field.Nodes, path.ToList());
    }
}
