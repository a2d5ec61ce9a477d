using System.Globalization;
using System.Text.RegularExpressions;
using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Utilities;

/// <summary>
/// Rewrites a default-value literal the way graphql-js prints it after
/// <c>valueFromAST</c> then <c>astFromValue</c>: numbers in JS form, lists wrapped, input object
/// fields in type order with their own defaults filled in, block strings as plain strings.
/// </summary>
public static partial class DefaultValues
{
    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerString();

    /// <summary>The normalized literal, or null when graphql-js would print no default (invalid value).</summary>
    public static ValueNode? Normalize(ValueNode literal, GraphQLType type)
    {
        if (type is NonNullType nonNull)
            return literal is NullValueNode ? null : Normalize(literal, nonNull.OfType);
        if (literal is NullValueNode) return literal;
        switch (type)
        {
            case ListType list:
                if (literal is ListValueNode items)
                {
                    var values = new List<ValueNode>(items.Values.Count);
                    foreach (var item in items.Values)
                        if (Normalize(item, list.OfType) is { } normalized) values.Add(normalized);
                        else return null;
                    return new ListValueNode { Values = values };
                }
                return Normalize(literal, list.OfType) is { } single ? new ListValueNode { Values = [single] } : null;
            case InputObjectType input:
                if (literal is not ObjectValueNode obj) return null;
                var fields = new List<ObjectFieldNode>();
                foreach (var field in input.Fields)
                {
                    var given = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name)?.Value ?? field.DefaultValue;
                    if (given is null)
                    {
                        if (field.Type is NonNullType) return null;
                        continue;
                    }
                    if (Normalize(given, field.Type) is not { } value) return null;
                    fields.Add(new ObjectFieldNode { Name = NameNode.Of(field.Name), Value = value });
                }
                return new ObjectValueNode { Fields = fields };
            case EnumType enumType:
                return literal is EnumValueNode e && enumType.GetValue(e.Value) is not null ? new EnumValueNode { Value = e.Value } : null;
            case ScalarType scalar:
                return Scalar(literal, scalar);
            default:
                return null;
        }
    }

    private static ValueNode? Scalar(ValueNode literal, ScalarType scalar)
    {
        object? value;
        try
        {
            value = scalar.Serialize(scalar.ParseLiteral(literal));
        }
        catch (GraphQLError)
        {
            return null;
        }
        switch (value)
        {
            case null: return new NullValueNode();
            case bool b: return new BooleanValueNode { Value = b };
            case string s:
                return ReferenceEquals(scalar, BuiltInScalars.ID) && IntegerString().IsMatch(s)
                    ? new IntValueNode { Value = s }
                    : new StringValueNode { Value = s };
        }
        if (value is int or long or double or float or decimal or short or byte)
        {
            double d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
            if (!double.IsFinite(d)) return null;
            string text = value is int or long or short or byte ? Convert.ToString(value, CultureInfo.InvariantCulture)! : Inspect.Number(d);
            return IntegerString().IsMatch(text) ? new IntValueNode { Value = text } : new FloatValueNode { Value = text };
        }
        return literal;
    }
}
