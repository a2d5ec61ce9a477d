using System.Collections;
using System.Globalization;
using JointMeeting.GraphQL.Language;
using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Types;

/// <summary>Small factories for the AST nodes code-first declarations turn into.</summary>
internal static class SdlNodes
{
    public static StringValueNode? Description(string? text) => text is null ? null : new StringValueNode { Value = text, Block = true };

    public static DirectiveNode Deprecated(string reason) => new()
    {
        Name = NameNode.Of("deprecated"),
        Arguments = reason == BuiltInDirectives.DefaultDeprecationReason
            ? []
            : [new ArgumentNode { Name = NameNode.Of("reason"), Value = new StringValueNode { Value = reason } }],
    };

    public static InputValueDefinitionNode InputValue(string name, string sdlType, string? description, object? defaultValue, bool hasDefault) => new()
    {
        Name = NameNode.Of(name),
        Type = Parser.ParseType(sdlType),
        Description = Description(description),
        DefaultValue = hasDefault ? Literal(defaultValue) : null,
    };

    /// <summary>A CLR value as a constant literal (enums by UPPER_SNAKE name, objects by camelCase property).</summary>
    public static ValueNode Literal(object? value) => value switch
    {
        null => new NullValueNode(),
        ValueNode node => node,
        string s => new StringValueNode { Value = s },
        bool b => new BooleanValueNode { Value = b },
        Enum e => new EnumValueNode { Value = Naming.ToUpperSnake(e.ToString()) },
        int or long or short or byte or uint or ulong or ushort or sbyte =>
            new IntValueNode { Value = Convert.ToString(value, CultureInfo.InvariantCulture)! },
        double or float or decimal => FloatLiteral(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        IDictionary dictionary => new ObjectValueNode
        {
            Fields = [.. dictionary.Keys.Cast<object>().Select(k => new ObjectFieldNode
            {
                Name = NameNode.Of(k.ToString()!), Value = Literal(dictionary[k]),
            })],
        },
        IEnumerable list => new ListValueNode { Values = [.. list.Cast<object?>().Select(Literal)] },
        _ => new ObjectValueNode
        {
            Fields = [.. value.GetType().GetProperties().Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
                .Select(p => new ObjectFieldNode { Name = NameNode.Of(Naming.ToCamelCase(p.Name)), Value = Literal(p.GetValue(value)) })],
        },
    };

    private static ValueNode FloatLiteral(double d) => Math.Floor(d) == d && Math.Abs(d) < 1e21
        ? new IntValueNode { Value = d.ToString("F0", CultureInfo.InvariantCulture) }
        : new FloatValueNode { Value = Types.Inspect.Number(d) };
}
