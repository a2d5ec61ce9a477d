using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Introspection;

/// <summary>
/// The introspection types (<c>__Schema</c>, <c>__Type</c>, …) and meta fields (<c>__schema</c>,
/// <c>__type</c>, <c>__typename</c>) with the shapes graphql-js 16 gives them. Validation needs
/// their shapes; execution attaches resolvers to these same definitions.
/// </summary>
public static class IntrospectionTypes
{
    public static EnumType TypeKind { get; } = Enum("__TypeKind",
        "SCALAR", "OBJECT", "INTERFACE", "UNION", "ENUM", "INPUT_OBJECT", "LIST", "NON_NULL");

    public static EnumType DirectiveLocation { get; } = Enum("__DirectiveLocation",
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION");

    public static ObjectType Schema { get; } = new("__Schema");
    public static ObjectType Type { get; } = new("__Type");
    public static ObjectType Field { get; } = new("__Field");
    public static ObjectType InputValue { get; } = new("__InputValue");
    public static ObjectType EnumValue { get; } = new("__EnumValue");
    public static ObjectType Directive { get; } = new("__Directive");

    /// <summary>All eight, in graphql-js's order.</summary>
    public static IReadOnlyList<NamedType> All { get; }

    /// <summary><c>__schema: __Schema!</c> on the query root.</summary>
    public static FieldDefinition SchemaField { get; }

    /// <summary><c>__type(name: String!): __Type</c> on the query root.</summary>
    public static FieldDefinition TypeField { get; }

    /// <summary><c>__typename: String!</c> on every object, interface and union.</summary>
    public static FieldDefinition TypeNameField { get; }

    static IntrospectionTypes()
    {
        var str = BuiltInScalars.String;
        var nonNullString = str.NonNull();
        var nonNullBoolean = BuiltInScalars.Boolean.NonNull();
        var typeList = Type.NonNull().List();

        Add(Schema, ("description", str), ("types", typeList.NonNull()), ("queryType", Type.NonNull()),
            ("mutationType", Type), ("subscriptionType", Type));
        Schema.AddField(WithIncludeDeprecated(new FieldDefinition("directives", Directive.NonNull().List().NonNull()), nonNull: true));

        Add(Directive, ("name", nonNullString), ("description", str), ("isRepeatable", nonNullBoolean),
            ("locations", DirectiveLocation.NonNull().List().NonNull()));
        Directive.AddField(WithIncludeDeprecated(new FieldDefinition("args", InputValue.NonNull().List().NonNull())));
        Add(Directive, ("isDeprecated", nonNullBoolean), ("deprecationReason", str));

        Add(Type, ("kind", TypeKind.NonNull()), ("name", str), ("description", str), ("specifiedByURL", str));
        Type.AddField(WithIncludeDeprecated(new FieldDefinition("fields", Field.NonNull().List())));
        Add(Type, ("interfaces", typeList), ("possibleTypes", typeList));
        Type.AddField(WithIncludeDeprecated(new FieldDefinition("enumValues", EnumValue.NonNull().List())));
        Type.AddField(WithIncludeDeprecated(new FieldDefinition("inputFields", InputValue.NonNull().List())));
        Add(Type, ("ofType", Type), ("isOneOf", BuiltInScalars.Boolean));

        Add(Field, ("name", nonNullString), ("description", str));
        Field.AddField(WithIncludeDeprecated(new FieldDefinition("args", InputValue.NonNull().List().NonNull())));
        Add(Field, ("type", Type.NonNull()), ("isDeprecated", nonNullBoolean), ("deprecationReason", str));

        Add(InputValue, ("name", nonNullString), ("description", str), ("type", Type.NonNull()), ("defaultValue", str),
            ("isDeprecated", nonNullBoolean), ("deprecationReason", str));

        Add(EnumValue, ("name", nonNullString), ("description", str), ("isDeprecated", nonNullBoolean), ("deprecationReason", str));

        All = [Schema, Directive, DirectiveLocation, Type, Field, InputValue, EnumValue, TypeKind];
        SchemaField = new FieldDefinition("__schema", Schema.NonNull()) { Description = "Access the current type schema of this server." };
        TypeField = new FieldDefinition("__type", Type)
        {
            Description = "Request the type information of a single type.",
            Arguments = [new InputValueDefinition("name", nonNullString)],
        };
        TypeNameField = new FieldDefinition("__typename", nonNullString) { Description = "The name of the current Object type at runtime." };
        IntrospectionResolvers.Attach();   // execution's resolvers live on these same definitions
    }

    /// <summary>The introspection type named <paramref name="name"/>, or null.</summary>
    public static NamedType? Find(string name)
    {
        foreach (var type in All)
        {
            if (type.Name == name) return type;
        }
        return null;
    }

    private static EnumType Enum(string name, params string[] values)
    {
        var type = new EnumType(name);
        foreach (var value in values) type.AddValue(new EnumValueDefinition(value, value));
        return type;
    }

    private static void Add(ObjectType type, params (string Name, GraphQLType Type)[] fields)
    {
        foreach (var (name, fieldType) in fields) type.AddField(new FieldDefinition(name, fieldType));
    }

    private static FieldDefinition WithIncludeDeprecated(FieldDefinition field, bool nonNull = false)
    {
        var type = nonNull ? (GraphQLType)BuiltInScalars.Boolean.NonNull() : BuiltInScalars.Boolean;
        field.Arguments = [new InputValueDefinition("includeDeprecated", type) { DefaultValue = new BooleanValueNode { Value = false } }];
        return field;
    }
}
