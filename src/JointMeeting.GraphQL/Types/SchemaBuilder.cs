using System.Reflection;
using JointMeeting.GraphQL.Language;
using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Types;

/// <summary>
/// A feature's contribution to the schema. The server finds every implementation in an assembly
/// (<see cref="SchemaBuilder.AddModulesFrom(Assembly)"/>), so there is no central list to edit.
/// Implementations need a public parameterless constructor.
/// </summary>
public interface IGraphQLModule
{
    /// <summary>Declares types, fields and resolvers on <paramref name="builder"/>.</summary>
    void Configure(SchemaBuilder builder);
}

/// <summary>
/// Builds a <see cref="Schema"/> from SDL, from code (<see cref="Object{T}"/>, <see cref="Query"/>, …),
/// or both. Everything is collected as type-system AST first (code-first declarations become
/// definitions or extensions), then <see cref="Build"/> creates the types, binds resolvers by
/// type and field name, and validates the result (spec §3).
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<TypeSystemDefinitionNode> _definitions = [];
    private readonly HashSet<TypeSystemDefinitionNode> _mergeable = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string Type, string Field), FieldResolver> _resolvers = [];
    private readonly Dictionary<(string Type, string Field), SubscriptionResolver> _subscribers = [];
    private readonly Dictionary<string, Type> _clrTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, object?>> _enumValues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<object, bool>> _isTypeOf = new(StringComparer.Ordinal);
    private readonly List<NamedType> _extraTypes = [];

    /// <summary>Creates an empty builder that knows the <c>DateTime</c> and <c>Date</c> scalars.</summary>
    public SchemaBuilder()
    {
        _scalars[DateScalars.DateTime.Name] = DateScalars.DateTime;
        _scalars[DateScalars.Date.Name] = DateScalars.Date;
    }

    /// <summary>Starts a builder from SDL (trusted: no token limit).</summary>
    public static SchemaBuilder FromSdl(string sdl) => new SchemaBuilder().AddSdl(sdl);

    /// <summary>Adds the type-system definitions of <paramref name="sdl"/>; executable definitions are rejected.</summary>
    public SchemaBuilder AddSdl(string sdl)
    {
        foreach (var definition in Parser.Parse(sdl, ParserOptions.Trusted).Definitions)
        {
            if (definition is not TypeSystemDefinitionNode typeSystem)
                throw new SchemaValidationException([$"SDL may only contain type-system definitions, but found {definition.Kind} at {definition.Location}."]);
            _definitions.Add(typeSystem);
        }
        return this;
    }

    /// <summary>Lets <paramref name="module"/> declare its part of the schema.</summary>
    public SchemaBuilder AddModule(IGraphQLModule module)
    {
        module.Configure(this);
        return this;
    }

    /// <summary>
    /// Adds every concrete <see cref="IGraphQLModule"/> in <paramref name="assembly"/>, ordered by full
    /// type name so the schema (and its printed SDL) is the same on every run.
    /// </summary>
    public SchemaBuilder AddModulesFrom(Assembly assembly)
    {
        var modules = assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IGraphQLModule).IsAssignableFrom(t)
                && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in modules) AddModule((IGraphQLModule)Activator.CreateInstance(type)!);
        return this;
    }

    /// <summary>Registers a scalar implementation; an SDL <c>scalar</c> with the same name uses it.</summary>
    public SchemaBuilder Scalar(ScalarType scalar)
    {
        _scalars[scalar.Name] = scalar;
        _definitions.Add(Mergeable(new ScalarTypeDefinitionNode
        {
            Name = NameNode.Of(scalar.Name),
            Description = scalar.Description is null ? null : new StringValueNode { Value = scalar.Description, Block = true },
        }));
        return this;
    }

    /// <summary>Adds a ready-made type object (used as is, e.g. introspection types).</summary>
    public SchemaBuilder AddType(NamedType type)
    {
        _extraTypes.Add(type);
        return this;
    }

    /// <summary>Binds a resolver to <paramref name="typeName"/>.<paramref name="fieldName"/> (SDL-first).</summary>
    public SchemaBuilder Resolve(string typeName, string fieldName, FieldResolver resolver)
    {
        _resolvers[(typeName, fieldName)] = resolver;
        return this;
    }

    /// <summary>Binds a synchronous resolver.</summary>
    public SchemaBuilder Resolve(string typeName, string fieldName, Func<ResolverContext, object?> resolver) =>
        Resolve(typeName, fieldName, ctx => new ValueTask<object?>(resolver(ctx)));

    /// <summary>Binds a subscription event stream to a subscription root field.</summary>
    public SchemaBuilder Subscribe(string typeName, string fieldName, SubscriptionResolver subscriber)
    {
        _subscribers[(typeName, fieldName)] = subscriber;
        return this;
    }

    /// <summary>Sets how values of interface or union <paramref name="abstractTypeName"/> name their object type.</summary>
    public SchemaBuilder ResolveType(string abstractTypeName, TypeResolver resolver)
    {
        _typeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>Sets how the executor recognises values of object type <paramref name="typeName"/>.</summary>
    public SchemaBuilder IsTypeOf(string typeName, Func<object, bool> predicate)
    {
        _isTypeOf[typeName] = predicate;
        return this;
    }

    /// <summary>Binds SDL enum <paramref name="enumName"/> to a CLR enum: values map by name (UPPER_SNAKE or exact).</summary>
    public SchemaBuilder BindEnum<TEnum>(string enumName) where TEnum : struct, Enum
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var value in System.Enum.GetValues<TEnum>())
        {
            map[value.ToString()] = value;
            map[Naming.ToUpperSnake(value.ToString())] = value;
        }
        _enumValues[enumName] = map;
        return this;
    }

    private T Mergeable<T>(T node) where T : TypeSystemDefinitionNode
    {
        _mergeable.Add(node);
        return node;
    }
}
