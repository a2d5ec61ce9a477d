using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Types;

/// <summary>
/// A scalar type. The three coercions follow the spec (§3.5) and graphql-js:
/// <see cref="Serialize"/> (result coercion, resolver value → JSON-able value),
/// <see cref="ParseValue"/> (variable value from JSON → internal value) and
/// <see cref="ParseLiteral"/> (literal in the document → internal value). Failures throw
/// <see cref="GraphQLError"/> with graphql-js wording.
/// </summary>
public abstract class ScalarType(string name) : NamedType(name)
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>URL of the scalar's specification (<c>@specifiedBy</c>), or null.</summary>
    public string? SpecifiedByUrl { get; set; }

    /// <summary>Result coercion.</summary>
    public abstract object? Serialize(object? value);

    /// <summary>
    /// Input coercion of a variable value. Accepts what a JSON reader produces: null, bool, string,
    /// int/long/double/decimal, <see cref="System.Text.Json.JsonElement"/>, dictionaries and lists.
    /// </summary>
    public abstract object? ParseValue(object? input);

    /// <summary>Input coercion of a literal (never a variable: the executor substitutes those first).</summary>
    public abstract object? ParseLiteral(ValueNode literal);
}

/// <summary>
/// A scalar declared in SDL without an implementation: values pass through unchanged and
/// literals become plain CLR values (graphql-js <c>valueFromASTUntyped</c>).
/// </summary>
public sealed class PassThroughScalarType(string name) : ScalarType(name)
{
    /// <inheritdoc />
    public override object? Serialize(object? value) => value;

    /// <inheritdoc />
    public override object? ParseValue(object? input) => input;

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode literal) => Untyped(literal);

    /// <summary>Converts a constant literal to CLR values: long/double, string, bool, null, dictionaries, lists.</summary>
    public static object? Untyped(ValueNode literal) => literal switch
    {
        NullValueNode => null,
        IntValueNode i => long.TryParse(i.Value, out var l) ? l : double.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        EnumValueNode e => e.Value,
        BooleanValueNode b => b.Value,
        ListValueNode l => l.Values.Select(Untyped).ToList(),
        ObjectValueNode o => o.Fields.ToDictionary(f => f.Name.Value, f => Untyped(f.Value), StringComparer.Ordinal),
        _ => throw new GraphQLError("Unexpected variable in a constant value.", literal),
    };
}

/// <summary>A scalar defined by delegates, for custom scalars in code-first schemas.</summary>
public sealed class DelegateScalarType(
    string name,
    Func<object?, object?> serialize,
    Func<object?, object?> parseValue,
    Func<ValueNode, object?> parseLiteral) : ScalarType(name)
{
    /// <inheritdoc />
    public override object? Serialize(object? value) => serialize(value);

    /// <inheritdoc />
    public override object? ParseValue(object? input) => parseValue(input);

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode literal) => parseLiteral(literal);
}
