using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Execution;

/// <summary>
/// graphql-js <c>valueFromAST</c>: a literal (which may contain variables) to an internal value of
/// an input type, or <see cref="Invalid"/> when it does not coerce.
/// </summary>
internal static class LiteralCoercion
{
    /// <summary>"No value" (JavaScript's undefined): the literal is invalid for the type.</summary>
    public static readonly object Invalid = new();

    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>();

    /// <summary>Coerces a constant literal such as a default value.</summary>
    public static object? Coerce(ValueNode literal, GraphQLType type) => Coerce(literal, type, NoVariables);

    public static object? Coerce(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?> variables)
    {
        if (literal is VariableNode variable)
        {
            if (!variables.TryGetValue(variable.Name.Value, out var value)) return Invalid;
            return value is null && type is NonNullType ? Invalid : value;
        }
        if (type is NonNullType nonNull)
            return literal is NullValueNode ? Invalid : Coerce(literal, nonNull.OfType, variables);
        if (literal is NullValueNode) return null;
        switch (type)
        {
            case ListType list:
                if (literal is not ListValueNode items)
                {
                    var single = Coerce(literal, list.OfType, variables);
                    return ReferenceEquals(single, Invalid) ? Invalid : new List<object?>(1) { single };
                }
                var values = new List<object?>(items.Values.Count);
                foreach (var item in items.Values)
                {
                    if (IsMissingVariable(item, variables))
                    {
                        if (list.OfType is NonNullType) return Invalid;
                        values.Add(null);
                        continue;
                    }
                    var value = Coerce(item, list.OfType, variables);
                    if (ReferenceEquals(value, Invalid)) return Invalid;
                    values.Add(value);
                }
                return values;
            case InputObjectType input:
                return CoerceObject(literal, input, variables);
            case EnumType enumType:
                try { return enumType.ParseLiteral(literal); }
                catch (GraphQLError) { return Invalid; }
            case ScalarType scalar:
                try { return scalar.ParseLiteral(ContainsVariable(literal) ? Substitute(literal, variables) : literal); }
                catch (Exception) { return Invalid; }
            default:
                return Invalid;
        }
    }

    private static object? CoerceObject(ValueNode literal, InputObjectType type, IReadOnlyDictionary<string, object?> variables)
    {
        if (literal is not ObjectValueNode obj) return Invalid;
        var result = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            ObjectFieldNode? node = null;
            foreach (var candidate in obj.Fields)
                if (candidate.Name.Value == field.Name) { node = candidate; break; }
            if (node is null || IsMissingVariable(node.Value, variables))
            {
                if (field.DefaultValue is { } defaultValue) result[field.Name] = Coerce(defaultValue, field.Type);
                else if (field.Type is NonNullType) return Invalid;
                continue;
            }
            var value = Coerce(node.Value, field.Type, variables);
            if (ReferenceEquals(value, Invalid)) return Invalid;
            result[field.Name] = value;
        }
        if (type.IsOneOf && (result.Count != 1 || result.Values.First() is null)) return Invalid;
        return result;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?> variables) =>
        node is VariableNode v && !variables.ContainsKey(v.Name.Value);

    /// <summary>True when the literal is or contains a variable.</summary>
    public static bool ContainsVariable(ValueNode node) => node switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };

    /// <summary>Replaces variables inside a custom scalar's literal with literals of their values.</summary>
    private static ValueNode Substitute(ValueNode node, IReadOnlyDictionary<string, object?> variables) => node switch
    {
        VariableNode v => ValueLiterals.FromUntyped(variables.GetValueOrDefault(v.Name.Value)),
        ListValueNode list => new ListValueNode { Values = [.. list.Values.Select(i => Substitute(i, variables))], Location = list.Location },
        ObjectValueNode obj => new ObjectValueNode
        {
            Fields = [.. obj.Fields.Select(f => new ObjectFieldNode { Name = f.Name, Value = Substitute(f.Value, variables) })],
            Location = obj.Location,
        },
        _ => node,
    };
}
