using System.Globalization;
using JointMeeting.GraphQL.Language;
using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Validation;

/// <summary>
/// Why a literal is not a valid value of a scalar or enum type. <see cref="OwnMessage"/> errors are
/// reported as they are (graphql-js reports a GraphQLError thrown by the type's parseLiteral
/// verbatim); others are appended to "Expected value of type …" (an empty message means "invalid").
/// </summary>
public readonly record struct LiteralProblem(string Message, bool OwnMessage);

/// <summary>Literal checks of the built-in scalars and of enums, with graphql-js's messages.</summary>
public static class LiteralChecks
{
    public static LiteralProblem? Check(GraphQLType type, ValueNode node, bool hideSuggestions)
    {
        if (type is EnumType enumType) return CheckEnum(enumType, node, hideSuggestions);
        var scalar = (ScalarType)type;
        switch (scalar.Name)
        {
            case "Int":
                if (node is not IntValueNode intValue) return Own($"Int cannot represent non-integer value: {Printer.Print(node)}");
                // graphql-js parses with parseInt: anything outside 32 bits is rejected
                if (!double.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out double number)
                    || number > int.MaxValue || number < int.MinValue)
                    return Own($"Int cannot represent non 32-bit signed integer value: {intValue.Value}");
                return null;
            case "Float":
                return node is FloatValueNode or IntValueNode ? null : Own($"Float cannot represent non numeric value: {Printer.Print(node)}");
            case "String":
                return node is StringValueNode ? null : Own($"String cannot represent a non string value: {Printer.Print(node)}");
            case "Boolean":
                return node is BooleanValueNode ? null : Own($"Boolean cannot represent a non boolean value: {Printer.Print(node)}");
            case "ID":
                return node is StringValueNode or IntValueNode ? null : Own($"ID cannot represent a non-string and non-integer value: {Printer.Print(node)}");
            default:
                return CheckCustomScalar(scalar, node);
        }
    }

    private static LiteralProblem? CheckEnum(EnumType type, ValueNode node, bool hideSuggestions)
    {
        if (node is not EnumValueNode enumValue)
        {
            string printed = Printer.Print(node);
            return Own($"Enum \"{type.Name}\" cannot represent non-enum value: {printed}." + (hideSuggestions ? "" : DidYouMeanValue(type, printed)));
        }
        if (TypeFacts.EnumValueOf(type, enumValue.Value) != null) return null;
        return Own($"Value \"{enumValue.Value}\" does not exist in \"{type.Name}\" enum." + (hideSuggestions ? "" : DidYouMeanValue(type, enumValue.Value)));
    }

    private static string DidYouMeanValue(EnumType type, string printed) =>
        Suggestions.DidYouMean("the enum value", Suggestions.List(printed, TypeFacts.EnumValueNames(type)));

    // A custom scalar decides through its literal parser; a GraphQLError it throws is reported as is.
    private static LiteralProblem? CheckCustomScalar(ScalarType scalar, ValueNode node)
    {
        try
        {
            scalar.ParseLiteral(node);
            return null;
        }
        catch (GraphQLError error)
        {
            return Own(error.Message);
        }
        catch (Exception error) when (error is FormatException or ArgumentException or InvalidOperationException or OverflowException)
        {
            return new LiteralProblem(error.Message, OwnMessage: false);
        }
    }

    private static LiteralProblem Own(string message) => new(message, OwnMessage: true);
}
