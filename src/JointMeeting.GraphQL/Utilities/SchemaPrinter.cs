using System.Text;
using JointMeeting.GraphQL.Language;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Utilities;

/// <summary>
/// Prints a <see cref="Schema"/> as SDL exactly like graphql-js 16 <c>printSchema</c>: types in
/// type-map order (SDL declaration order, then code-first registration order; referenced types
/// follow their first referrer), built-in scalars, built-in directives and introspection types left
/// out, and the schema definition omitted when roots are named Query/Mutation/Subscription.
/// To compare with graphql-js, print the same SDL through <c>printSchema(buildSchema(sdl))</c>;
/// for order-insensitive comparison sort both with <c>lexicographicSortSchema</c> / <see cref="PrintSorted"/>.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>The schema's SDL.</summary>
    public static string Print(Schema schema)
    {
        var parts = new List<string>();
        if (SchemaDefinition(schema) is { } definition) parts.Add(definition);
        foreach (var directive in schema.Directives)
            if (!BuiltInDirectives.IsBuiltIn(directive.Name)) // graphql-js isSpecifiedDirective checks the name only
                parts.Add(PrintDirective(directive));
        foreach (var type in schema.Types)
            if (IsDefinedType(type)) parts.Add(PrintType(type));
        return string.Join("\n\n", parts);
    }

    /// <summary>Like <see cref="Print"/> with types and directives sorted by name (graphql-js lexicographicSortSchema order for types).</summary>
    public static string PrintSorted(Schema schema)
    {
        var parts = new List<string>();
        if (SchemaDefinition(schema) is { } definition) parts.Add(definition);
        foreach (var directive in schema.Directives.Where(d => !BuiltInDirectives.IsBuiltIn(d.Name)).OrderBy(d => d.Name, StringComparer.Ordinal))
            parts.Add(PrintDirective(directive));
        foreach (var type in schema.Types.Where(IsDefinedType).OrderBy(t => t.Name, StringComparer.Ordinal))
            parts.Add(PrintType(type));
        return string.Join("\n\n", parts);
    }

    private static bool IsDefinedType(NamedType type) =>
        !(type is ScalarType && BuiltInScalars.IsBuiltIn(type.Name)) && !type.Name.StartsWith("__", StringComparison.Ordinal);

    private static string? SchemaDefinition(Schema schema)
    {
        bool commonNames = schema.Query is null or { Name: "Query" }
            && schema.Mutation is null or { Name: "Mutation" }
            && schema.Subscription is null or { Name: "Subscription" };
        if (schema.Description is null && commonNames) return null;
        var roots = new List<string>();
        if (schema.Query is not null) roots.Add($"  query: {schema.Query.Name}");
        if (schema.Mutation is not null) roots.Add($"  mutation: {schema.Mutation.Name}");
        if (schema.Subscription is not null) roots.Add($"  subscription: {schema.Subscription.Name}");
        return Description(schema.Description) + "schema {\n" + string.Join("\n", roots) + "\n}";
    }

    /// <summary>One type's SDL (graphql-js <c>printType</c>).</summary>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType s => Description(s.Description) + "scalar " + s.Name + SpecifiedBy(s.SpecifiedByUrl),
        ObjectType o => Description(o.Description) + "type " + o.Name + Interfaces(o) + Fields(o),
        InterfaceType i => Description(i.Description) + "interface " + i.Name + Interfaces(i) + Fields(i),
        UnionType u => Description(u.Description) + "union " + u.Name
            + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : ""),
        EnumType e => Description(e.Description) + "enum " + e.Name
            + Block(e.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType io => Description(io.Description) + "input " + io.Name + (io.IsOneOf ? " @oneOf" : "")
            + Block(io.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentException($"Unexpected type: {type}", nameof(type)),
    };

    private static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments)
        + (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", directive.Locations);

    private static string Interfaces(ComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string Fields(ComplexType type) =>
        Block(type.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + f.Name
            + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation = "")
    {
        if (arguments.Count == 0) return "";
        if (arguments.All(a => a.Description is null)) return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        var sb = new StringBuilder("(\n");
        for (int i = 0; i < arguments.Count; i++)
        {
            if (i > 0) sb.Append('\n');
            sb.Append(Description(arguments[i].Description, "  " + indentation, i == 0)).Append("  ").Append(indentation).Append(InputValue(arguments[i]));
        }
        return sb.Append('\n').Append(indentation).Append(')').ToString();
    }

    private static string InputValue(InputValueDefinition value)
    {
        string declaration = value.Name + ": " + value.Type;
        if (value.DefaultValue is not null && DefaultValues.Normalize(value.DefaultValue, value.Type) is { } literal)
            declaration += " = " + Printer.Print(literal);
        return declaration + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason) =>
        reason is null ? ""
        : reason == BuiltInDirectives.DefaultDeprecationReason ? " @deprecated"
        : $" @deprecated(reason: {Printer.PrintString(reason)})";

    private static string SpecifiedBy(string? url) => url is null ? "" : $" @specifiedBy(url: {Printer.PrintString(url)})";

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null) return "";
        string text = BlockString.IsPrintable(description) ? BlockString.Print(description) : Printer.PrintString(description);
        string prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + text.Replace("\n", "\n" + indentation) + "\n";
    }
}
