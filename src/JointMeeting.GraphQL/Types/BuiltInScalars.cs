using System.Globalization;
using System.Text.Json;
using JointMeeting.GraphQL.Language;
using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Types;

/// <summary>The five spec scalars with exact spec/graphql-js coercion rules and messages.</summary>
public static class BuiltInScalars
{
    /// <summary>32-bit signed integer; internal value <see cref="int"/>.</summary>
    public static ScalarType Int { get; } = new IntScalar();

    /// <summary>Double-precision float; internal value <see cref="double"/>.</summary>
    public static ScalarType Float { get; } = new FloatScalar();

    /// <summary>UTF-8 text; internal value <see cref="string"/>.</summary>
    public static ScalarType String { get; } = new StringScalar();

    /// <summary>true/false; internal value <see cref="bool"/>.</summary>
    public static ScalarType Boolean { get; } = new BooleanScalar();

    /// <summary>Opaque identifier; internal value <see cref="string"/>.</summary>
    public static ScalarType ID { get; } = new IdScalar();

    /// <summary>All five, in graphql-js <c>specifiedScalarTypes</c> order.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>True for the five spec scalars (by name, as graphql-js checks).</summary>
    public static bool IsBuiltIn(string name) => name is "String" or "Int" or "Float" or "Boolean" or "ID";

    /// <summary>Finds a spec scalar by name.</summary>
    public static ScalarType? Find(string name) => name switch
    {
        "String" => String, "Int" => Int, "Float" => Float, "Boolean" => Boolean, "ID" => ID, _ => null,
    };

    /// <summary>Reads a JSON-ish CLR number as double; null when <paramref name="value"/> is not a number.</summary>
    internal static double? AsNumber(object? value) => value switch
    {
        int i => i, long l => l, double d => d, float f => f, decimal m => (double)m, short s => s, byte b => b,
        uint u => u, ulong ul => ul, ushort us => us, sbyte sb => sb,
        JsonElement { ValueKind: JsonValueKind.Number } j => j.GetDouble(),
        _ => null,
    };

    /// <summary>Unwraps JSON elements to CLR primitives so the rules below see one shape.</summary>
    internal static object? Unwrap(object? value) => value is JsonElement j
        ? j.ValueKind switch
        {
            JsonValueKind.String => j.GetString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.Number => j.TryGetInt64(out var l) ? l : j.GetDouble(),
            _ => j,
        }
        : value;

    private static bool IsInteger(double d) => double.IsFinite(d) && Math.Floor(d) == d;

    private sealed class IntScalar : ScalarType
    {
        public IntScalar() : base("Int") =>
            Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.";

        public override object? Serialize(object? value)
        {
            value = Unwrap(value);
            if (value is int i) return i;
            if (value is bool b) return b ? 1 : 0;
            double? number = value is string s && s.Length > 0 ? JsNumber(s) : AsNumber(value);
            if (number is not { } n || !IsInteger(n))
                throw new GraphQLError($"Int cannot represent non-integer value: {Inspect.Value(value)}");
            if (n > int.MaxValue || n < int.MinValue)
                throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(value)}");
            return (int)n;
        }

        public override object? ParseValue(object? input)
        {
            input = Unwrap(input);
            if (input is int i) return i;
            if (input is bool || AsNumber(input) is not { } n || !IsInteger(n))
                throw new GraphQLError($"Int cannot represent non-integer value: {Inspect.Value(input)}");
            if (n > int.MaxValue || n < int.MinValue)
                throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(input)}");
            return (int)n;
        }

        public override object? ParseLiteral(ValueNode literal)
        {
            if (literal is not IntValueNode node)
                throw new GraphQLError($"Int cannot represent non-integer value: {Printer.Print(literal)}", literal);
            if (!int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {node.Value}", literal);
            return value;
        }
    }

    /// <summary>JS <c>Number(string)</c> for the common cases: trimmed decimal text, else NaN.</summary>
    internal static double JsNumber(string s) =>
        double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
        : s.Trim().Length == 0 ? 0 : double.NaN;

    private sealed class FloatScalar : ScalarType
    {
        public FloatScalar() : base("Float") =>
            Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).";

        public override object? Serialize(object? value)
        {
            value = Unwrap(value);
            if (value is bool b) return b ? 1.0 : 0.0;
            double? number = value is string s && s.Length > 0 ? JsNumber(s) : AsNumber(value);
            if (number is not { } n || !double.IsFinite(n))
                throw new GraphQLError($"Float cannot represent non numeric value: {Inspect.Value(value)}");
            return n;
        }

        public override object? ParseValue(object? input)
        {
            input = Unwrap(input);
            if (input is bool || AsNumber(input) is not { } n || !double.IsFinite(n))
                throw new GraphQLError($"Float cannot represent non numeric value: {Inspect.Value(input)}");
            return n;
        }

        public override object? ParseLiteral(ValueNode literal) => literal switch
        {
            IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
            FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
            _ => throw new GraphQLError($"Float cannot represent non numeric value: {Printer.Print(literal)}", literal),
        };
    }

    private sealed class StringScalar : ScalarType
    {
        public StringScalar() : base("String") =>
            Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.";

        public override object? Serialize(object? value)
        {
            value = Unwrap(value);
            if (value is string s) return s;
            if (value is bool b) return b ? "true" : "false";
            if (AsNumber(value) is { } n && double.IsFinite(n))
                return value is decimal m ? m.ToString(CultureInfo.InvariantCulture) : Inspect.Number(n);
            if (value is Enum or char or Guid) return value.ToString();
            throw new GraphQLError($"String cannot represent value: {Inspect.Value(value)}");
        }

        public override object? ParseValue(object? input)
        {
            input = Unwrap(input);
            return input as string ?? throw new GraphQLError($"String cannot represent a non string value: {Inspect.Value(input)}");
        }

        public override object? ParseLiteral(ValueNode literal) => literal is StringValueNode s
            ? s.Value
            : throw new GraphQLError($"String cannot represent a non string value: {Printer.Print(literal)}", literal);
    }

    private sealed class BooleanScalar : ScalarType
    {
        public BooleanScalar() : base("Boolean") => Description = "The `Boolean` scalar type represents `true` or `false`.";

        public override object? Serialize(object? value)
        {
            value = Unwrap(value);
            if (value is bool b) return b;
            if (AsNumber(value) is { } n && double.IsFinite(n)) return n != 0;
            throw new GraphQLError($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}");
        }

        public override object? ParseValue(object? input)
        {
            input = Unwrap(input);
            return input is bool b ? b : throw new GraphQLError($"Boolean cannot represent a non boolean value: {Inspect.Value(input)}");
        }

        public override object? ParseLiteral(ValueNode literal) => literal is BooleanValueNode b
            ? b.Value
            : throw new GraphQLError($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}", literal);
    }

    private sealed class IdScalar : ScalarType
    {
        public IdScalar() : base("ID") =>
            Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.";

        public override object? Serialize(object? value)
        {
            value = Unwrap(value);
            if (value is string s) return s;
            if (value is Guid g) return g.ToString();
            if (AsNumber(value) is { } n && IsInteger(n) && value is not bool) return Inspect.Number(n);
            throw new GraphQLError($"ID cannot represent value: {Inspect.Value(value)}");
        }

        public override object? ParseValue(object? input)
        {
            input = Unwrap(input);
            if (input is string s) return s;
            if (input is not bool && AsNumber(input) is { } n && IsInteger(n)) return Inspect.Number(n);
            throw new GraphQLError($"ID cannot represent value: {Inspect.Value(input)}");
        }

        public override object? ParseLiteral(ValueNode literal) => literal switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw new GraphQLError($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}", literal),
        };
    }
}
