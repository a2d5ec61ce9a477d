using System.Runtime.CompilerServices;
using JointMeeting.GraphQL.Language;
using JointMeeting.GraphQL.Types;
using JointMeeting.GraphQL.Utilities;
using I = JointMeeting.GraphQL.Introspection.IntrospectionTypes;

namespace JointMeeting.GraphQL.Introspection;

/// <summary>
/// Resolvers of the introspection types (spec §4.2), attached to the shared definitions in
/// <see cref="IntrospectionTypes"/>. The values are the type-system objects themselves: a
/// <see cref="Schema"/>, a <see cref="GraphQLType"/>, a <see cref="FieldDefinition"/>, …
/// </summary>
internal static class IntrospectionResolvers
{
    private static readonly ConditionalWeakTable<Schema, IReadOnlyList<NamedType>> AllTypes = new();

    /// <summary>The introspection types in the order graphql-js adds them to a schema's type map.</summary>
    private static readonly NamedType[] IntrospectionOrder = [I.Schema, I.Type, I.TypeKind, I.Field, I.InputValue, I.EnumValue, I.Directive, I.DirectiveLocation];

    public static void Attach()
    {
        IntrospectionDescriptions.Apply(I.All);
        I.SchemaField.Resolver = ctx => new(ctx.Schema);
        I.TypeField.Resolver = ctx =>
        {
            string name = ctx.Arg<string>("name");
            return new(ctx.Schema.GetType(name) ?? I.Find(name));
        };
        I.TypeNameField.Resolver = ctx => new(ctx.ParentType.Name);

        Set(I.Schema, "description", (Schema s) => s.Description);
        Set(I.Schema, "types", (Schema s) => TypesOf(s));
        Set(I.Schema, "queryType", (Schema s) => s.Query);
        Set(I.Schema, "mutationType", (Schema s) => s.Mutation);
        Set(I.Schema, "subscriptionType", (Schema s) => s.Subscription);
        SetFiltered(I.Schema, "directives", (Schema s) => DirectivesOf(s), _ => false);

        Set(I.Type, "kind", (GraphQLType t) => KindName(t.Kind));
        Set(I.Type, "name", (GraphQLType t) => (t as NamedType)?.Name);
        Set(I.Type, "description", (GraphQLType t) => (t as NamedType)?.Description);
        Set(I.Type, "specifiedByURL", (GraphQLType t) => (t as ScalarType)?.SpecifiedByUrl);
        SetFiltered(I.Type, "fields", (GraphQLType t) => (t as ComplexType)?.Fields, f => f.IsDeprecated);
        Set(I.Type, "interfaces", (GraphQLType t) => (t as ComplexType)?.Interfaces);
        I.Type.GetField("possibleTypes")!.Resolver = ctx => new(ctx.Source is UnionType or InterfaceType
            ? ctx.Schema.GetPossibleTypes((NamedType)ctx.Source)
            : null);
        SetFiltered(I.Type, "enumValues", (GraphQLType t) => (t as EnumType)?.Values, v => v.IsDeprecated);
        SetFiltered(I.Type, "inputFields", (GraphQLType t) => (t as InputObjectType)?.Fields, f => f.IsDeprecated);
        Set(I.Type, "ofType", (GraphQLType t) => t switch { ListType l => l.OfType, NonNullType n => n.OfType, _ => null });
        Set(I.Type, "isOneOf", (GraphQLType t) => t is InputObjectType i ? i.IsOneOf : null);

        Set(I.Field, "name", (FieldDefinition f) => f.Name);
        Set(I.Field, "description", (FieldDefinition f) => f.Description);
        SetFiltered(I.Field, "args", (FieldDefinition f) => f.Arguments, a => a.IsDeprecated);
        Set(I.Field, "type", (FieldDefinition f) => f.Type);
        Set(I.Field, "isDeprecated", (FieldDefinition f) => f.IsDeprecated);
        Set(I.Field, "deprecationReason", (FieldDefinition f) => f.DeprecationReason);

        Set(I.InputValue, "name", (InputValueDefinition v) => v.Name);
        Set(I.InputValue, "description", (InputValueDefinition v) => v.Description);
        Set(I.InputValue, "type", (InputValueDefinition v) => v.Type);
        Set(I.InputValue, "defaultValue", (InputValueDefinition v) => PrintDefault(v));
        Set(I.InputValue, "isDeprecated", (InputValueDefinition v) => v.IsDeprecated);
        Set(I.InputValue, "deprecationReason", (InputValueDefinition v) => v.DeprecationReason);

        Set(I.EnumValue, "name", (EnumValueDefinition v) => v.Name);
        Set(I.EnumValue, "description", (EnumValueDefinition v) => v.Description);
        Set(I.EnumValue, "isDeprecated", (EnumValueDefinition v) => v.IsDeprecated);
        Set(I.EnumValue, "deprecationReason", (EnumValueDefinition v) => v.DeprecationReason);

        Set(I.Directive, "name", (DirectiveDefinition d) => d.Name);
        Set(I.Directive, "description", (DirectiveDefinition d) => d.Description);
        Set(I.Directive, "isRepeatable", (DirectiveDefinition d) => d.IsRepeatable);
        Set(I.Directive, "locations", (DirectiveDefinition d) => d.Locations);
        SetFiltered(I.Directive, "args", (DirectiveDefinition d) => d.Arguments, a => a.IsDeprecated);
        Set(I.Directive, "isDeprecated", (DirectiveDefinition _) => false);
        Set(I.Directive, "deprecationReason", (DirectiveDefinition _) => null);
    }

    /// <summary>Every type of the schema, then the introspection types it does not define itself.</summary>
    public static IReadOnlyList<NamedType> TypesOf(Schema schema) => AllTypes.GetValue(schema, s =>
        [.. s.Types, .. IntrospectionOrder.Where(t => s.GetType(t.Name) is null)]);

    /// <summary>Declared directives, then the built-ins (the order graphql-js buildSchema gives them).</summary>
    public static IReadOnlyList<DirectiveDefinition> DirectivesOf(Schema schema) =>
        [.. schema.Directives.Where(d => !BuiltInDirectives.All.Contains(d)), .. schema.Directives.Where(BuiltInDirectives.All.Contains)];

    /// <summary>graphql-js: <c>print(astFromValue(defaultValue, type))</c>, the default as a normalised literal (as the SDL printer prints it).</summary>
    public static string? PrintDefault(InputValueDefinition value) =>
        value.DefaultValue is { } literal && DefaultValues.Normalize(literal, value.Type) is { } normalized ? Printer.Print(normalized) : null;

    private static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "SCALAR",
        TypeKind.Object => "OBJECT",
        TypeKind.Interface => "INTERFACE",
        TypeKind.Union => "UNION",
        TypeKind.Enum => "ENUM",
        TypeKind.InputObject => "INPUT_OBJECT",
        TypeKind.List => "LIST",
        _ => "NON_NULL",
    };

    private static void Set<T>(ObjectType type, string field, Func<T, object?> read) =>
        type.GetField(field)!.Resolver = ctx => new(ctx.Source is T source ? read(source) : null);

    /// <summary>A list field with <c>includeDeprecated</c>: deprecated items only when it is true.</summary>
    private static void SetFiltered<T, TItem>(ObjectType type, string field, Func<T, IReadOnlyList<TItem>?> read, Func<TItem, bool> isDeprecated) =>
        type.GetField(field)!.Resolver = ctx =>
        {
            if (ctx.Source is not T source || read(source) is not { } items) return new((object?)null);
            if (ctx.Arguments.GetValueOrDefault("includeDeprecated") is true) return new(items);
            return new(items.Where(i => !isDeprecated(i)).ToList());
        };
}
