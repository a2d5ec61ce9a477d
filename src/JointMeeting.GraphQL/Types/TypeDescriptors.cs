using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Types;

/// <summary>Declares an object or interface type's fields in code.</summary>
/// <typeparam name="T">The CLR type of values of this GraphQL type.</typeparam>
public class ComplexTypeDescriptor<T>
{
    internal List<FieldDescriptor<T>> Fields { get; } = [];

    internal List<string> InterfaceNames { get; } = [];

    internal string? DescriptionText { get; private set; }

    /// <summary>Adds a field; chain <c>.Type(..)</c>, <c>.Argument(..)</c>, <c>.Resolve(..)</c>.</summary>
    public FieldDescriptor<T> Field(string name)
    {
        var field = new FieldDescriptor<T>(name);
        Fields.Add(field);
        return field;
    }

    /// <summary>Adds a field read from the parent value; the GraphQL type is inferred for common CLR types.</summary>
    public FieldDescriptor<T> Field<TResult>(string name, Func<T, TResult> selector)
    {
        var field = Field(name).ResolveParent(selector);
        if (ClrTypeNames.Infer(typeof(TResult)) is { } inferred) field.Type(inferred);
        return field;
    }

    /// <summary>Declares an implemented interface.</summary>
    public ComplexTypeDescriptor<T> Implements(string interfaceName)
    {
        InterfaceNames.Add(interfaceName);
        return this;
    }

    /// <summary>Markdown description of the type.</summary>
    public ComplexTypeDescriptor<T> Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    internal IReadOnlyList<NamedTypeNode> InterfaceNodes() =>
        [.. InterfaceNames.Select(n => new NamedTypeNode { Name = NameNode.Of(n) })];
}

/// <summary>Declares an input object type's fields in code.</summary>
public sealed class InputObjectTypeDescriptor
{
    internal List<InputValueDefinitionNode> Fields { get; } = [];

    internal string? DescriptionText { get; private set; }

    internal bool IsOneOf { get; private set; }

    /// <summary>Adds a field of SDL type <paramref name="sdlType"/>.</summary>
    public InputObjectTypeDescriptor Field(string name, string sdlType, string? description = null)
    {
        Fields.Add(SdlNodes.InputValue(name, sdlType, description, null, hasDefault: false));
        return this;
    }

    /// <summary>Adds a field with a default value.</summary>
    public InputObjectTypeDescriptor Field(string name, string sdlType, object? defaultValue, string? description = null)
    {
        Fields.Add(SdlNodes.InputValue(name, sdlType, description, defaultValue, hasDefault: true));
        return this;
    }

    /// <summary>Makes this a <c>@oneOf</c> input: exactly one field must be given.</summary>
    public InputObjectTypeDescriptor OneOf()
    {
        IsOneOf = true;
        return this;
    }

    /// <summary>Markdown description of the type.</summary>
    public InputObjectTypeDescriptor Description(string description)
    {
        DescriptionText = description;
        return this;
    }
}

/// <summary>Maps common CLR types to GraphQL type references.</summary>
internal static class ClrTypeNames
{
    public static string? Infer(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        string suffix = underlying is null && type.IsValueType ? "!" : "";
        var t = underlying ?? type;
        string? name = t == typeof(string) ? "String"
            : t == typeof(int) || t == typeof(short) || t == typeof(byte) ? "Int"
            : t == typeof(double) || t == typeof(float) || t == typeof(decimal) ? "Float"
            : t == typeof(bool) ? "Boolean"
            : t == typeof(Guid) ? "ID"
            : t == typeof(DateTimeOffset) || t == typeof(DateTime) ? "DateTime"
            : t == typeof(DateOnly) ? "Date"
            : null;
        return name is null ? null : name + suffix;
    }
}
