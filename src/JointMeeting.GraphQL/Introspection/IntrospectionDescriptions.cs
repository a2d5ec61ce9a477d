using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Introspection;

/// <summary>graphql-js 16's descriptions of the introspection types, their fields and enum values (so introspection matches it).</summary>
internal static class IntrospectionDescriptions
{
    private static readonly Dictionary<string, string?> Texts = new(StringComparer.Ordinal)
    {
        ["__Schema"] = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
        ["__Schema.types"] = "A list of all types supported by this server.",
        ["__Schema.queryType"] = "The type that query operations will be rooted at.",
        ["__Schema.mutationType"] = "If this server supports mutation, the type that mutation operations will be rooted at.",
        ["__Schema.subscriptionType"] = "If this server support subscription, the type that subscription operations will be rooted at.",
        ["__Schema.directives"] = "A list of all directives supported by this server.",
        ["__Directive"] = "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
        ["__DirectiveLocation"] = "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
        ["__DirectiveLocation.QUERY"] = "Location adjacent to a query operation.",
        ["__DirectiveLocation.MUTATION"] = "Location adjacent to a mutation operation.",
        ["__DirectiveLocation.SUBSCRIPTION"] = "Location adjacent to a subscription operation.",
        ["__DirectiveLocation.FIELD"] = "Location adjacent to a field.",
        ["__DirectiveLocation.FRAGMENT_DEFINITION"] = "Location adjacent to a fragment definition.",
        ["__DirectiveLocation.FRAGMENT_SPREAD"] = "Location adjacent to a fragment spread.",
        ["__DirectiveLocation.INLINE_FRAGMENT"] = "Location adjacent to an inline fragment.",
        ["__DirectiveLocation.VARIABLE_DEFINITION"] = "Location adjacent to a variable definition.",
        ["__DirectiveLocation.SCHEMA"] = "Location adjacent to a schema definition.",
        ["__DirectiveLocation.SCALAR"] = "Location adjacent to a scalar definition.",
        ["__DirectiveLocation.OBJECT"] = "Location adjacent to an object type definition.",
        ["__DirectiveLocation.FIELD_DEFINITION"] = "Location adjacent to a field definition.",
        ["__DirectiveLocation.ARGUMENT_DEFINITION"] = "Location adjacent to an argument definition.",
        ["__DirectiveLocation.INTERFACE"] = "Location adjacent to an interface definition.",
        ["__DirectiveLocation.UNION"] = "Location adjacent to a union definition.",
        ["__DirectiveLocation.ENUM"] = "Location adjacent to an enum definition.",
        ["__DirectiveLocation.ENUM_VALUE"] = "Location adjacent to an enum value definition.",
        ["__DirectiveLocation.INPUT_OBJECT"] = "Location adjacent to an input object type definition.",
        ["__DirectiveLocation.INPUT_FIELD_DEFINITION"] = "Location adjacent to an input object field definition.",
        ["__DirectiveLocation.DIRECTIVE_DEFINITION"] = "Location adjacent to a directive definition.",
        ["__Type"] = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
        ["__Field"] = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
        ["__InputValue"] = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
        ["__InputValue.defaultValue"] = "A GraphQL-formatted string representing the default value for this input value.",
        ["__EnumValue"] = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
        ["__TypeKind"] = "An enum describing what kind of type a given `__Type` is.",
        ["__TypeKind.SCALAR"] = "Indicates this type is a scalar.",
        ["__TypeKind.OBJECT"] = "Indicates this type is an object. `fields` and `interfaces` are valid fields.",
        ["__TypeKind.INTERFACE"] = "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.",
        ["__TypeKind.UNION"] = "Indicates this type is a union. `possibleTypes` is a valid field.",
        ["__TypeKind.ENUM"] = "Indicates this type is an enum. `enumValues` is a valid field.",
        ["__TypeKind.INPUT_OBJECT"] = "Indicates this type is an input object. `inputFields` is a valid field.",
        ["__TypeKind.LIST"] = "Indicates this type is a list. `ofType` is a valid field.",
        ["__TypeKind.NON_NULL"] = "Indicates this type is a non-null. `ofType` is a valid field.",
    };

    /// <summary>Sets the descriptions on <paramref name="types"/> where graphql-js has one.</summary>
    public static void Apply(IEnumerable<NamedType> types)
    {
        foreach (var type in types)
        {
            type.Description ??= Texts.GetValueOrDefault(type.Name);
            if (type is ComplexType complex)
                foreach (var field in complex.Fields) field.Description ??= Texts.GetValueOrDefault(type.Name + "." + field.Name);
        }
        foreach (var type in types.OfType<EnumType>())
            foreach (var value in type.Values) value.Description ??= Texts.GetValueOrDefault(type.Name + "." + value.Name);
    }
}
