using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    /// <summary>Creates the types, binds resolvers, validates and returns the schema.</summary>
    /// <exception cref="SchemaValidationException">The definitions break a type-system rule.</exception>
    public Schema Build()
    {
        var errors = new List<string>();
        var types = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        var order = new List<NamedType>();
        var definitions = new Dictionary<NamedType, List<TypeSystemDefinitionNode>>();

        // 1. one shell per named type, in definition order, so fields can reference any type
        foreach (var node in _definitions)
        {
            if (node is not TypeDefinitionNode definition) continue;
            string name = definition.Name.Value;
            if (types.TryGetValue(name, out var existing))
            {
                if (!_mergeable.Contains(node) && existing.AstNode is not null && !IsGenerated(existing))
                    errors.Add($"There can be only one type named \"{name}\".");
                else if (existing.Kind != KindOf(definition))
                    errors.Add($"Type \"{name}\" is declared as both {existing.Kind} and {KindOf(definition)}.");
                else if (!_mergeable.Contains(node)) existing.AstNode = definition; // SDL wins as the primary node
                definitions[existing].Add(node);
                continue;
            }
            if (BuiltInScalars.IsBuiltIn(name))
            {
                errors.Add($"Type \"{name}\" already exists in the schema. It cannot also be defined in this type definition.");
                continue;
            }
            var type = CreateShell(definition);
            types[name] = type;
            order.Add(type);
            definitions[type] = [node];
        }
        foreach (var type in _extraTypes)
            if (types.TryAdd(type.Name, type)) order.Add(type);

        // 2. extensions attach to their types
        foreach (var node in _definitions)
        {
            if (node is not TypeExtensionNode extension) continue;
            if (types.TryGetValue(extension.Name.Value, out var type) && definitions.TryGetValue(type, out var list))
            {
                if (type.Kind != KindOf(extension))
                    errors.Add($"Cannot extend non-{KindName(KindOf(extension))} type \"{type.Name}\".");
                else list.Add(node);
            }
            else errors.Add($"Cannot extend type \"{extension.Name.Value}\" because it is not defined.");
        }

        var resolver = new TypeReferenceResolver(types, errors);
        var directives = BuildDirectives(resolver, errors);
        foreach (var (type, nodes) in definitions) Fill(type, nodes, resolver, errors);
        var (query, mutation, subscription) = FindRoots(types, errors);
        BindResolvers(types, errors);
        if (errors.Count > 0) throw new SchemaValidationException(errors);

        var schemaNode = _definitions.OfType<SchemaDefinitionNode>().FirstOrDefault();
        var schema = new Schema(query, mutation, subscription, order, directives, schemaNode?.Description?.Value)
        {
            AstNode = schemaNode,
            ExtensionAstNodes = [.. _definitions.OfType<SchemaExtensionNode>()],
            AppliedDirectives = [.. (schemaNode?.Directives ?? []).Concat(_definitions.OfType<SchemaExtensionNode>().SelectMany(e => e.Directives))],
        };
        SchemaValidator.ThrowIfInvalid(schema);
        return schema;
    }

    private bool IsGenerated(NamedType type) => type.AstNode is { } node && _mergeable.Contains(node);

    private static TypeKind KindOf(TypeSystemDefinitionNode node) => node switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => TypeKind.Scalar,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => TypeKind.Object,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => TypeKind.Interface,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => TypeKind.Union,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => TypeKind.Enum,
        _ => TypeKind.InputObject,
    };

    private static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.Object => "object",
        TypeKind.Interface => "interface",
        TypeKind.Union => "union",
        TypeKind.Enum => "enum",
        TypeKind.InputObject => "input object",
        _ => "scalar",
    };

    private NamedType CreateShell(TypeDefinitionNode definition)
    {
        string name = definition.Name.Value;
        NamedType type = definition switch
        {
            ScalarTypeDefinitionNode => _scalars.TryGetValue(name, out var impl)
                ? new DelegateScalarType(name, impl.Serialize, impl.ParseValue, impl.ParseLiteral)
                : new PassThroughScalarType(name),
            ObjectTypeDefinitionNode => new ObjectType(name),
            InterfaceTypeDefinitionNode => new InterfaceType(name),
            UnionTypeDefinitionNode => new UnionType(name),
            EnumTypeDefinitionNode => new EnumType(name),
            _ => new InputObjectType(name),
        };
        type.AstNode = definition;
        return type;
    }

    private (ObjectType?, ObjectType?, ObjectType?) FindRoots(Dictionary<string, NamedType> types, List<string> errors)
    {
        var operationTypes = _definitions.OfType<SchemaDefinitionNode>().SelectMany(s => s.OperationTypes)
            .Concat(_definitions.OfType<SchemaExtensionNode>().SelectMany(s => s.OperationTypes)).ToList();
        if (_definitions.OfType<SchemaDefinitionNode>().Skip(1).Any()) errors.Add("Must provide only one schema definition.");
        ObjectType? Root(OperationType operation, string defaultName)
        {
            var declared = operationTypes.FirstOrDefault(o => o.Operation == operation);
            string? name = declared?.Type.Name.Value ?? (operationTypes.Count == 0 ? defaultName : null);
            if (name is null || !types.TryGetValue(name, out var type))
            {
                if (declared is not null) errors.Add($"Unknown type \"{name}\".");
                return null;
            }
            if (type is ObjectType o) return o;
            errors.Add($"{defaultName} root type must be Object type{(declared is null ? "" : " if provided")}, it cannot be {name}.");
            return null;
        }
        return (Root(OperationType.Query, "Query"), Root(OperationType.Mutation, "Mutation"), Root(OperationType.Subscription, "Subscription"));
    }

    private void BindResolvers(Dictionary<string, NamedType> types, List<string> errors)
    {
        foreach (var ((typeName, fieldName), resolver) in _resolvers)
        {
            if (types.GetValueOrDefault(typeName) is ComplexType { } t && t.GetField(fieldName) is { } field) field.Resolver = resolver;
            else errors.Add($"Cannot bind a resolver to {typeName}.{fieldName}: no such field.");
        }
        foreach (var ((typeName, fieldName), subscriber) in _subscribers)
        {
            if (types.GetValueOrDefault(typeName) is ObjectType { } t && t.GetField(fieldName) is { } field) field.Subscriber = subscriber;
            else errors.Add($"Cannot bind a subscription to {typeName}.{fieldName}: no such field.");
        }
        foreach (var (name, typeResolver) in _typeResolvers)
        {
            switch (types.GetValueOrDefault(name))
            {
                case InterfaceType i: i.ResolveType = typeResolver; break;
                case UnionType u: u.ResolveType = typeResolver; break;
                default: errors.Add($"Cannot set ResolveType on \"{name}\": it is not an interface or union."); break;
            }
        }
        foreach (var (name, clrType) in _clrTypes)
        {
            if (types.GetValueOrDefault(name) is ObjectType o)
            {
                o.ClrType = clrType;
                o.IsTypeOf ??= clrType == typeof(object) ? null : clrType.IsInstanceOfType;
            }
            else if (types.GetValueOrDefault(name) is InputObjectType input) input.ClrType = clrType;
        }
        foreach (var (name, predicate) in _isTypeOf)
        {
            if (types.GetValueOrDefault(name) is ObjectType o) o.IsTypeOf = predicate;
            else errors.Add($"Cannot set IsTypeOf on \"{name}\": it is not an object type.");
        }
    }
}
