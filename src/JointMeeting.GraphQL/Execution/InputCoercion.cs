using System.Text.Json;
using JointMeeting.GraphQL.Types;
using JointMeeting.GraphQL.Validation;

namespace JointMeeting.GraphQL.Execution;

/// <summary>
/// graphql-js <c>coerceInputValue</c> over a JSON value: reports every problem with its path and the
/// offending value, and returns the internal value (dictionaries, lists, scalar and enum internals).
/// </summary>
internal sealed class InputCoercion(bool hideSuggestions, Action<IReadOnlyList<object>, object?, GraphQLError> onError)
{
    public object? Coerce(JsonElement input, GraphQLType type, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (input.ValueKind != JsonValueKind.Null) return Coerce(input, nonNull.OfType, path);
            onError([.. path], null, new GraphQLError($"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }
        if (input.ValueKind == JsonValueKind.Null) return null;
        switch (type)
        {
            case ListType list:
                if (input.ValueKind != JsonValueKind.Array) return new List<object?>(1) { Coerce(input, list.OfType, path) };
                var items = new List<object?>(input.GetArrayLength());
                int index = 0;
                foreach (var item in input.EnumerateArray())
                {
                    path.Add(index++);
                    items.Add(Coerce(item, list.OfType, path));
                    path.RemoveAt(path.Count - 1);
                }
                return items;
            case InputObjectType inputObject:
                return CoerceObject(input, inputObject, path);
            case EnumType enumType:
                return Leaf(input, enumType.Name, path, v => enumType.ParseValue(v));
            case ScalarType scalar:
                return Leaf(input, scalar.Name, path, scalar.ParseValue);
            default:
                return null;
        }
    }

    private object? CoerceObject(JsonElement input, InputObjectType type, List<object> path)
    {
        if (input.ValueKind != JsonValueKind.Object)
        {
            onError([.. path], VariableCoercion.FromJson(input), new GraphQLError($"Expected type \"{type.Name}\" to be an object."));
            return null;
        }
        var result = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!input.TryGetProperty(field.Name, out var value))
            {
                if (field.DefaultValue is { } defaultValue) result[field.Name] = LiteralCoercion.Coerce(defaultValue, field.Type);
                else if (field.Type is NonNullType)
                    onError([.. path], VariableCoercion.FromJson(input), new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                continue;
            }
            path.Add(field.Name);
            result[field.Name] = Coerce(value, field.Type, path);
            path.RemoveAt(path.Count - 1);
        }
        foreach (var property in input.EnumerateObject())
        {
            if (type.GetField(property.Name) is not null) continue;
            List<string> suggestions = hideSuggestions ? [] : Suggestions.List(property.Name, type.Fields.Select(f => f.Name));
            onError([.. path], VariableCoercion.FromJson(input),
                new GraphQLError($"Field \"{property.Name}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(suggestions)));
        }
        if (type.IsOneOf)
        {
            if (result.Count != 1)
                onError([.. path], VariableCoercion.FromJson(input), new GraphQLError($"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            if (result.Count > 0 && result.First() is { Value: null } first)
                onError([.. path, first.Key], null, new GraphQLError($"Field \"{first.Key}\" must be non-null."));
        }
        return result;
    }

    private object? Leaf(JsonElement input, string typeName, List<object> path, Func<object?, object?> parse)
    {
        var value = VariableCoercion.FromJson(input);
        try
        {
            return parse(value);
        }
        catch (GraphQLError error)
        {
            onError([.. path], value, error);
        }
        catch (Exception error) when (error is FormatException or ArgumentException or InvalidCastException or OverflowException or InvalidOperationException)
        {
            onError([.. path], value, new GraphQLError($"Expected type \"{typeName}\". " + error.Message, null, null, null, error));
        }
        return null;
    }
}
