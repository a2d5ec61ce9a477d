using JointMeeting.GraphQL.Introspection;
using System.Text;
using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Validation;

/// <summary>
/// The type-system questions validation asks (graphql-js's <c>isCompositeType</c>, <c>typeFromAST</c>,
/// <c>doTypesOverlap</c>, <c>isTypeSubTypeOf</c>, …), in one place over the engine's type system.
/// </summary>
public static class TypeFacts
{
    public static GraphQLType? NamedTypeOf(GraphQLType? type) => type?.GetNamedType();

    public static GraphQLType? NullableTypeOf(GraphQLType? type) => type is NonNullType nonNull ? nonNull.OfType : type;

    public static bool IsCompositeType(GraphQLType? type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsAbstractType(GraphQLType? type) => type is InterfaceType or UnionType;

    public static bool IsLeafType(GraphQLType? type) => type is ScalarType or EnumType;

    public static bool IsInputType(GraphQLType? type) => NamedTypeOf(type) is ScalarType or EnumType or InputObjectType;

    public static bool IsOutputType(GraphQLType? type) => NamedTypeOf(type) is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;

    public static bool IsRequiredArgument(InputValueDefinition argument) => argument.IsRequired;

    public static IEnumerable<string> LocationNames(DirectiveDefinition directive) => directive.Locations;

    /// <summary>The schema type a type reference denotes, or null when a named type is unknown.</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value) ?? IntrospectionTypes.Find(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };

    public static ObjectType? RootType(Schema schema, OperationType operation) => schema.GetRootType(operation);

    /// <summary>The field's definition on a composite type, including the meta fields where they apply.</summary>
    public static FieldDefinition? FieldDefinitionOf(Schema schema, GraphQLType parentType, string name)
    {
        if (name == "__schema" && ReferenceEquals(parentType, schema.Query)) return IntrospectionTypes.SchemaField;
        if (name == "__type" && ReferenceEquals(parentType, schema.Query)) return IntrospectionTypes.TypeField;
        if (name == "__typename" && IsCompositeType(parentType)) return IntrospectionTypes.TypeNameField;
        return FieldOf(parentType, name);
    }

    /// <summary>A field of an object or interface type (no meta fields); null for other types.</summary>
    public static FieldDefinition? FieldOf(GraphQLType? type, string name) => (type as ComplexType)?.GetField(name);

    public static IReadOnlyList<InterfaceType> InterfacesOf(GraphQLType type) => (type as ComplexType)?.Interfaces ?? [];

    public static InputValueDefinition? InputFieldOf(InputObjectType type, string name) => type.GetField(name);

    public static IEnumerable<string> EnumValueNames(EnumType type)
    {
        foreach (var value in type.Values) yield return value.Name;
    }

    public static EnumValueDefinition? EnumValueOf(EnumType type, string name) => type.GetValue(name);

    /// <summary>graphql-js <c>doTypesOverlap</c>: could some object be of both composite types?</summary>
    public static bool DoTypesOverlap(Schema schema, GraphQLType typeA, GraphQLType typeB)
    {
        if (ReferenceEquals(typeA, typeB)) return true;
        if (IsAbstractType(typeA))
        {
            if (IsAbstractType(typeB))
            {
                foreach (var type in schema.GetPossibleTypes(typeA.GetNamedType()))
                {
                    if (schema.IsSubType(typeB.GetNamedType(), type)) return true;
                }
                return false;
            }
            return schema.IsSubType(typeA.GetNamedType(), typeB.GetNamedType());
        }
        return IsAbstractType(typeB) && schema.IsSubType(typeB.GetNamedType(), typeA.GetNamedType());
    }

    /// <summary>graphql-js <c>isTypeSubTypeOf</c>: may a value of <paramref name="maybeSub"/> stand where <paramref name="super"/> is expected?</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSub, GraphQLType super)
    {
        if (IsSameType(maybeSub, super)) return true;
        if (super is NonNullType superNonNull)
            return maybeSub is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        if (maybeSub is NonNullType sub) return IsTypeSubTypeOf(schema, sub.OfType, super);
        if (super is ListType superList)
            return maybeSub is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        if (maybeSub is ListType) return false;
        return IsAbstractType(super) && (maybeSub is InterfaceType or ObjectType) && schema.IsSubType(super.GetNamedType(), maybeSub.GetNamedType());
    }

    /// <summary>Structural equality: same named types under the same wrappers.</summary>
    public static bool IsSameType(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => IsSameType(x.OfType, y.OfType),
        (ListType x, ListType y) => IsSameType(x.OfType, y.OfType),
        _ => ReferenceEquals(a, b),
    };

    /// <summary>The type as GraphQL writes it, e.g. <c>[String!]!</c> (graphql-js <c>inspect(type)</c>).</summary>
    public static string Print(GraphQLType? type)
    {
        if (type == null) return "undefined";
        var text = new StringBuilder();
        Append(text, type);
        return text.ToString();

        static void Append(StringBuilder text, GraphQLType type)
        {
            switch (type)
            {
                case NonNullType n: Append(text, n.OfType); text.Append('!'); break;
                case ListType l: text.Append('['); Append(text, l.OfType); text.Append(']'); break;
                default: text.Append(NameOf(type)); break;
            }
        }
    }

    public static string NameOf(GraphQLType type) => type.GetNamedType().Name;
}
