using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Types;

/// <summary>
/// An immutable, validated GraphQL schema: root types, every named type (in graphql-js type-map
/// order), directives, and precomputed possible types for interfaces and unions.
/// Build one with <see cref="SchemaBuilder"/>.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<NamedType> _typeList = [];
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly Dictionary<NamedType, List<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<InterfaceType, List<InterfaceType>> _interfaceImplementations = [];
    private readonly Dictionary<NamedType, HashSet<NamedType>> _subTypes = [];

    /// <summary>
    /// Collects the type map like graphql-js's GraphQLSchema constructor: <paramref name="types"/>
    /// in order (each followed by referenced types not yet seen), then the roots, then directive
    /// argument types. Does not validate; <see cref="SchemaBuilder"/> does.
    /// </summary>
    public Schema(ObjectType? query, ObjectType? mutation, ObjectType? subscription,
        IEnumerable<NamedType> types, IEnumerable<DirectiveDefinition> directives, string? description = null)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = description;
        foreach (var directive in directives) _directives.TryAdd(directive.Name, directive);
        Directives = [.. _directives.Values];

        var initial = types.ToList();
        var pending = new HashSet<NamedType>(initial);
        foreach (var type in initial)
        {
            pending.Remove(type);
            Collect(type, pending);
        }
        if (query is not null) Collect(query, pending);
        if (mutation is not null) Collect(mutation, pending);
        if (subscription is not null) Collect(subscription, pending);
        foreach (var directive in Directives)
            foreach (var argument in directive.Arguments) Collect(argument.Type.GetNamedType(), pending);
        ComputePossibleTypes();
    }

    /// <summary>The query root type (required by validation).</summary>
    public ObjectType? Query { get; }

    /// <summary>The mutation root type, or null.</summary>
    public ObjectType? Mutation { get; }

    /// <summary>The subscription root type, or null.</summary>
    public ObjectType? Subscription { get; }

    /// <summary>Schema description, or null.</summary>
    public string? Description { get; }

    /// <summary>The SDL schema definition, if any.</summary>
    public SchemaDefinitionNode? AstNode { get; init; }

    /// <summary>SDL schema extensions, if any.</summary>
    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; init; } = [];

    /// <summary>Directives applied to the schema itself.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; init; } = [];

    /// <summary>Every named type in type-map order (the order printSchema uses).</summary>
    public IReadOnlyList<NamedType> Types => _typeList;

    /// <summary>Declared directives (built-ins first unless the SDL redefines them).</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>The root type for an operation type, or null.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => Query,
        OperationType.Mutation => Mutation,
        _ => Subscription,
    };

    /// <summary>Finds a named type.</summary>
    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    /// <summary>Finds a directive.</summary>
    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    /// <summary>Object types an abstract type can be at runtime (union members or interface implementors).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType => _possibleTypes.TryGetValue(abstractType, out var list) ? list : [],
        ObjectType o => [o],
        _ => [],
    };

    /// <summary>Interfaces that implement <paramref name="interfaceType"/>.</summary>
    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType interfaceType) =>
        _interfaceImplementations.TryGetValue(interfaceType, out var list) ? list : [];

    /// <summary>graphql-js <c>isSubType</c>: <paramref name="maybeSubType"/> is a member/implementor of <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType, out var set) && set.Contains(maybeSubType);

    /// <summary>graphql-js <c>isPossibleType</c>.</summary>
    public bool IsPossibleType(NamedType abstractType, ObjectType objectType) => IsSubType(abstractType, objectType);

    private void Collect(NamedType root, HashSet<NamedType> pending)
    {
        // iterative depth-first walk in graphql-js collectReferencedTypes order
        var stack = new Stack<NamedType>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var type = stack.Pop();
            if (_types.TryGetValue(type.Name, out var existing))
            {
                if (!ReferenceEquals(existing, type))
                    throw new SchemaValidationException([$"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\"."]);
                continue;
            }
            _types[type.Name] = type;
            _typeList.Add(type);
            var children = new List<NamedType>();
            switch (type)
            {
                case UnionType u: children.AddRange(u.Types); break;
                case ComplexType c:
                    children.AddRange(c.Interfaces);
                    foreach (var field in c.Fields)
                    {
                        children.Add(field.Type.GetNamedType());
                        foreach (var argument in field.Arguments) children.Add(argument.Type.GetNamedType());
                    }
                    break;
                case InputObjectType i:
                    foreach (var field in i.Fields) children.Add(field.Type.GetNamedType());
                    break;
            }
            for (int k = children.Count - 1; k >= 0; k--)
                if (!pending.Contains(children[k]) && !_types.ContainsKey(children[k].Name)) stack.Push(children[k]);
        }
    }

    private void ComputePossibleTypes()
    {
        foreach (var type in _typeList)
        {
            if (type is UnionType union) _subTypes[union] = [.. union.Types];
            if (type is not ComplexType complex) continue;
            foreach (var iface in complex.Interfaces)
            {
                if (!_subTypes.TryGetValue(iface, out var set)) _subTypes[iface] = set = [];
                set.Add(complex);
                if (complex is ObjectType o)
                {
                    if (!_possibleTypes.TryGetValue(iface, out var list)) _possibleTypes[iface] = list = [];
                    list.Add(o);
                }
                else if (complex is InterfaceType i)
                {
                    if (!_interfaceImplementations.TryGetValue(iface, out var list)) _interfaceImplementations[iface] = list = [];
                    list.Add(i);
                }
            }
        }
    }
}

/// <summary>A schema broke the type-system rules (spec §3); <see cref="Errors"/> lists every problem.</summary>
public sealed class SchemaValidationException(IReadOnlyList<string> errors)
    : Exception("Invalid GraphQL schema:\n" + string.Join("\n", errors))
{
    /// <summary>Each problem, worded like graphql-js <c>validateSchema</c>.</summary>
    public IReadOnlyList<string> Errors { get; } = errors;
}
