using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    /// <summary>Declares (or extends) object type <paramref name="name"/> whose values are <typeparamref name="T"/>.</summary>
    public SchemaBuilder Object<T>(string name, Action<ComplexTypeDescriptor<T>> configure)
    {
        var descriptor = new ComplexTypeDescriptor<T>();
        configure(descriptor);
        if (typeof(T) != typeof(object)) _clrTypes[name] = typeof(T);
        _definitions.Add(Mergeable(new ObjectTypeDefinitionNode
        {
            Name = NameNode.Of(name),
            Description = SdlNodes.Description(descriptor.DescriptionText),
            Interfaces = descriptor.InterfaceNodes(),
            Fields = AddFields(name, descriptor.Fields),
        }));
        return this;
    }

    /// <summary>Declares (or extends) interface type <paramref name="name"/>.</summary>
    public SchemaBuilder Interface<T>(string name, Action<ComplexTypeDescriptor<T>> configure, TypeResolver? resolveType = null)
    {
        var descriptor = new ComplexTypeDescriptor<T>();
        configure(descriptor);
        if (resolveType is not null) _typeResolvers[name] = resolveType;
        _definitions.Add(Mergeable(new InterfaceTypeDefinitionNode
        {
            Name = NameNode.Of(name),
            Description = SdlNodes.Description(descriptor.DescriptionText),
            Interfaces = descriptor.InterfaceNodes(),
            Fields = AddFields(name, descriptor.Fields),
        }));
        return this;
    }

    /// <summary>Declares union type <paramref name="name"/> of object types <paramref name="members"/>.</summary>
    public SchemaBuilder Union(string name, IReadOnlyList<string> members, string? description = null, TypeResolver? resolveType = null)
    {
        if (resolveType is not null) _typeResolvers[name] = resolveType;
        _definitions.Add(Mergeable(new UnionTypeDefinitionNode
        {
            Name = NameNode.Of(name),
            Description = SdlNodes.Description(description),
            Types = [.. members.Select(m => new NamedTypeNode { Name = NameNode.Of(m) })],
        }));
        return this;
    }

    /// <summary>
    /// Declares enum type <paramref name="name"/> from CLR enum <typeparamref name="TEnum"/>: each member
    /// becomes an UPPER_SNAKE value whose internal value is the member. <paramref name="describe"/> may
    /// give descriptions or deprecation per member.
    /// </summary>
    public SchemaBuilder Enum<TEnum>(string name, string? description = null,
        Func<TEnum, (string? Description, string? DeprecationReason)>? describe = null) where TEnum : struct, Enum
    {
        BindEnum<TEnum>(name);
        _definitions.Add(Mergeable(new EnumTypeDefinitionNode
        {
            Name = NameNode.Of(name),
            Description = SdlNodes.Description(description),
            Values = [.. System.Enum.GetValues<TEnum>().Select(v =>
            {
                var (text, reason) = describe?.Invoke(v) ?? (null, null);
                return new EnumValueDefinitionNode
                {
                    Name = NameNode.Of(Naming.ToUpperSnake(v.ToString())),
                    Description = SdlNodes.Description(text),
                    Directives = reason is null ? [] : [SdlNodes.Deprecated(reason)],
                };
            })],
        }));
        return this;
    }

    /// <summary>Declares input object type <paramref name="name"/>; <see cref="ResolverContext.Arg{T}"/> binds it to <typeparamref name="T"/>.</summary>
    public SchemaBuilder Input<T>(string name, Action<InputObjectTypeDescriptor> configure)
    {
        var descriptor = new InputObjectTypeDescriptor();
        configure(descriptor);
        _clrTypes[name] = typeof(T);
        _definitions.Add(Mergeable(new InputObjectTypeDefinitionNode
        {
            Name = NameNode.Of(name),
            Description = SdlNodes.Description(descriptor.DescriptionText),
            Directives = descriptor.IsOneOf ? [new DirectiveNode { Name = NameNode.Of("oneOf") }] : [],
            Fields = descriptor.Fields,
        }));
        return this;
    }

    /// <summary>Adds field <paramref name="name"/> to the <c>Query</c> type.</summary>
    public SchemaBuilder Query(string name, Action<FieldDescriptor<object>> configure) => RootField("Query", name, configure);

    /// <summary>Adds field <paramref name="name"/> to the <c>Mutation</c> type.</summary>
    public SchemaBuilder Mutation(string name, Action<FieldDescriptor<object>> configure) => RootField("Mutation", name, configure);

    /// <summary>Adds field <paramref name="name"/> to the <c>Subscription</c> type (use <c>.Subscribe(..)</c>).</summary>
    public SchemaBuilder Subscription(string name, Action<FieldDescriptor<object>> configure) => RootField("Subscription", name, configure);

    private SchemaBuilder RootField(string typeName, string name, Action<FieldDescriptor<object>> configure) =>
        Object<object>(typeName, t => configure(t.Field(name)));

    private IReadOnlyList<FieldDefinitionNode> AddFields<T>(string typeName, List<FieldDescriptor<T>> fields)
    {
        var nodes = new List<FieldDefinitionNode>(fields.Count);
        foreach (var field in fields)
        {
            nodes.Add(field.ToNode(typeName));
            if (field.Resolver is not null) _resolvers[(typeName, field.Name)] = field.Resolver;
            if (field.Subscriber is not null) _subscribers[(typeName, field.Name)] = field.Subscriber;
        }
        return nodes;
    }
}
