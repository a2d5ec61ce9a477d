using System.Collections;
using System.Globalization;
using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Execution;

/// <summary>Turns CLR values back into GraphQL literals (graphql-js <c>astFromValue</c>, and an untyped variant).</summary>
public static class ValueLiterals
{
    /// <summary>A literal for a plain CLR value (null, bool, number, string, dictionary, list) without a type.</summary>
    public static ValueNode FromUntyped(object? value) => value switch
    {
        null => new NullValueNode(),
        bool b => new BooleanValueNode { Value = b },
        string s => new StringValueNode { Value = s },
        int or long or short or byte or uint or ulong => new IntValueNode { Value = Convert.ToString(value, CultureInfo.InvariantCulture)! },
        double or float or decimal => Number(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        System.Text.Json.JsonElement json => FromUntyped(VariableCoercion.FromJson(json)),
        IEnumerable<KeyValuePair<string, object?>> pairs => new ObjectValueNode
        {
            Fields = [.. pairs.Select(p => new ObjectFieldNode { Name = NameNode.Of(p.Key), Value = FromUntyped(p.Value) })],
        },
        IEnumerable list => new ListValueNode { Values = [.. list.Cast<object?>().Select(FromUntyped)] },
        _ => new StringValueNode { Value = value.ToString() ?? "" },
    };

    /// <summary>
    /// graphql-js <c>astFromValue</c>: the literal for internal value <paramref name="value"/> of
    /// <paramref name="type"/>, or null when there is none (used to print default values).
    /// </summary>
    public static ValueNode? FromValue(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            var inner = FromValue(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }
        if (value is null) return new NullValueNode();
        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                        if (FromValue(item, list.OfType) is { } node) nodes.Add(node);
                    return new ListValueNode { Values = nodes };
                }
                return FromValue(value, list.OfType);
            case InputObjectType input:
                if (value is not IReadOnlyDictionary<string, object?> fields) return null;
                var fieldNodes = new List<ObjectFieldNode>();
                foreach (var field in input.Fields)
                    if (fields.TryGetValue(field.Name, out var fieldValue) && FromValue(fieldValue, field.Type) is { } node)
                        fieldNodes.Add(new ObjectFieldNode { Name = NameNode.Of(field.Name), Value = node });
                return new ObjectValueNode { Fields = fieldNodes };
            case EnumType enumType:
                return new EnumValueNode { Value = enumType.Serialize(value) };
            case ScalarType scalar:
                var serialized = scalar.Serialize(value);
                return serialized switch
                {
                    null => null,
                    bool b => new BooleanValueNode { Value = b },
                    string s when scalar.Name == "ID" && IsIntegerText(s) => new IntValueNode { Value = s },
                    string s => new StringValueNode { Value = s },
                    int or long => new IntValueNode { Value = Convert.ToString(serialized, CultureInfo.InvariantCulture)! },
                    double d => Number(d),
                    _ => FromUntyped(serialized),
                };
            default:
                return null;
        }
    }

    private static ValueNode Number(double d)
    {
        string text = Inspect.Number(d);
        return Math.Floor(d) == d && double.IsFinite(d) && !text.Contains('e') ? new IntValueNode { Value = text } : new FloatValueNode { Value = text };
    }

    private static bool IsIntegerText(string s)
    {
        if (s.Length == 0) return false;
        int start = s[0] == '-' ? 1 : 0;
        if (start == s.Length) return false;
        if (s[start] == '0' && s.Length > start + 1) return false;
        for (int i = start; i < s.Length; i++)
            if (!char.IsAsciiDigit(s[i])) return false;
        return true;
    }
}
