using System.Collections;
using System.Text.Json;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Execution;

internal sealed partial class OperationExecution
{
    /// <summary>Spec CompleteValue. Throws for errors at this position; returns <see cref="NullBubble"/> for nulls from below.</summary>
    private ValueTask<object?> CompleteValue(GraphQLType type, FieldContext context, ResponsePath path, object? result)
    {
        if (type is NonNullType nonNull)
        {
            var inner = CompleteValue(nonNull.OfType, context, path, result);
            if (inner.IsCompletedSuccessfully) return new(CheckNonNull(inner.Result, context, path));
            return AwaitNonNull(inner, context, path);
        }
        if (result is null || result is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined }) return new((object?)null);
        if (result is Exception exception) throw exception;
        switch (type)
        {
            case ScalarType scalar:
                return new(Serialize(scalar, result));
            case EnumType enumType:
                return new(enumType.Serialize(result));
            case ListType list:
                return CompleteList(list, context, path, result);
            case ObjectType objectType:
                return CompleteObject(objectType, context, path, result);
            default:
                return CompleteObject(ResolveRuntimeType((NamedType)type, context, result), context, path, result);
        }
    }

    private async ValueTask<object?> AwaitNonNull(ValueTask<object?> inner, FieldContext context, ResponsePath path) =>
        CheckNonNull(await inner.ConfigureAwait(false), context, path);

    private object? CheckNonNull(object? value, FieldContext context, ResponsePath path)
    {
        if (value is not null) return value;
        var plan = context.Plan;
        AddError(new GraphQLError($"Cannot return null for non-nullable field {plan.ParentType.Name}.{plan.Definition.Name}.",
            plan.Nodes, path.ToList()));
        return NullBubble;
    }

    private static object Serialize(ScalarType scalar, object result)
    {
        var serialized = scalar.Serialize(result);
        return serialized ?? throw new GraphQLError(
            $"Expected `{scalar.Name}.serialize({Inspect.Value(result)})` to return non-nullable value, returned: null");
    }

    private ValueTask<object?> CompleteObject(ObjectType type, FieldContext context, ResponsePath path, object result)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(result))
            throw new GraphQLError($"Expected value of type \"{type.Name}\" but got: {Inspect.Value(result)}.", context.Plan.Nodes);
        var plan = context.Plan.SubPlan(type, Collector);
        return ExecuteSelectionSet(plan, type, result, path);
    }

    private ValueTask<object?> CompleteList(ListType type, FieldContext context, ResponsePath path, object result)
    {
        IEnumerable items = result switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } json => json.EnumerateArray(),
            IEnumerable enumerable and not string and not IDictionary and not IEnumerable<KeyValuePair<string, object?>> => enumerable,
            _ => throw new GraphQLError(
                $"Expected Iterable, but did not find one for field \"{context.Plan.ParentType.Name}.{context.Plan.Definition.Name}\"."),
        };
        var itemType = type.OfType;
        var values = new List<object?>(items is ICollection collection ? collection.Count : 4);
        List<(int Index, ResponsePath Path, ValueTask<object?> Task)>? pending = null;
        int index = 0;
        foreach (var item in items)
        {
            var itemPath = new ResponsePath(path, index);
            object? value;
            try
            {
                var completed = CompleteValue(itemType, context, itemPath, item);
                if (!completed.IsCompletedSuccessfully)
                {
                    (pending ??= []).Add((index, itemPath, completed));
                    values.Add(null);
                    index++;
                    continue;
                }
                value = Settle(itemType, completed.Result);
            }
            catch (Exception error) when (!IsCancellation(error))
            {
                value = HandleError(error, itemType, itemPath, context);
            }
            // a non-null item that is null makes the whole list null; the rest is not completed
            if (ReferenceEquals(value, NullBubble))
                return pending is null ? new(NullBubble) : AwaitItems(values, pending, itemType, context, bubbled: true);
            values.Add(value);
            index++;
        }
        if (pending is null) return new(values);
        return AwaitItems(values, pending, itemType, context, bubbled: false);
    }

    private async ValueTask<object?> AwaitItems(List<object?> values, List<(int Index, ResponsePath Path, ValueTask<object?> Task)> pending,
        GraphQLType itemType, FieldContext context, bool bubbled)
    {
        foreach (var (index, itemPath, task) in pending)
        {
            object? value;
            try
            {
                value = Settle(itemType, await task.ConfigureAwait(false));
            }
            catch (Exception error) when (!IsCancellation(error))
            {
                value = HandleError(error, itemType, itemPath, context);
            }
            if (ReferenceEquals(value, NullBubble)) bubbled = true;
            else values[index] = value;
        }
        return bubbled ? NullBubble : values;
    }
}
