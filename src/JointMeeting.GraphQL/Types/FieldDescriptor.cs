using JointMeeting.GraphQL.Language;
using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Types;

/// <summary>Declares one output field in code: type, arguments, description, deprecation and resolver.</summary>
/// <typeparam name="TParent">The CLR type of the parent value the resolver receives.</typeparam>
public sealed class FieldDescriptor<TParent>
{
    private readonly List<InputValueDefinitionNode> _arguments = [];
    private readonly List<DirectiveNode> _directives = [];
    private string? _description;

    internal FieldDescriptor(string name) => Name = name;

    /// <summary>The field name.</summary>
    public string Name { get; }

    internal string? TypeReference { get; private set; }

    internal FieldResolver? Resolver { get; private set; }

    internal SubscriptionResolver? Subscriber { get; private set; }

    /// <summary>The field's type as SDL, e.g. <c>ID!</c> or <c>[Wish!]!</c>.</summary>
    public FieldDescriptor<TParent> Type(string sdlType)
    {
        TypeReference = sdlType;
        return this;
    }

    /// <summary>Markdown description.</summary>
    public FieldDescriptor<TParent> Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Marks the field deprecated.</summary>
    public FieldDescriptor<TParent> Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        _directives.Add(SdlNodes.Deprecated(reason));
        return this;
    }

    /// <summary>Adds an argument of SDL type <paramref name="sdlType"/>, optionally with a default (a CLR value).</summary>
    public FieldDescriptor<TParent> Argument(string name, string sdlType, string? description = null)
    {
        _arguments.Add(SdlNodes.InputValue(name, sdlType, description, null, hasDefault: false));
        return this;
    }

    /// <summary>Adds an argument with a default value (CLR value turned into a literal; enums by UPPER_SNAKE name).</summary>
    public FieldDescriptor<TParent> Argument(string name, string sdlType, object? defaultValue, string? description = null)
    {
        _arguments.Add(SdlNodes.InputValue(name, sdlType, description, defaultValue, hasDefault: true));
        return this;
    }

    /// <summary>Resolves synchronously from the context.</summary>
    public FieldDescriptor<TParent> Resolve(Func<ResolverContext, object?> resolver)
    {
        Resolver = ctx => new ValueTask<object?>(resolver(ctx));
        return this;
    }

    /// <summary>Resolves asynchronously from the context.</summary>
    public FieldDescriptor<TParent> Resolve<TResult>(Func<ResolverContext, Task<TResult>> resolver)
    {
        Resolver = async ctx => await resolver(ctx).ConfigureAwait(false);
        return this;
    }

    /// <summary>Resolves with the engine's own delegate shape (no adaptation cost).</summary>
    public FieldDescriptor<TParent> Resolve(FieldResolver resolver)
    {
        Resolver = resolver;
        return this;
    }

    /// <summary>Resolves synchronously from the typed parent.</summary>
    public FieldDescriptor<TParent> ResolveParent<TResult>(Func<TParent, TResult> selector)
    {
        Resolver = ctx => new ValueTask<object?>(selector(ctx.Parent<TParent>()));
        return this;
    }

    /// <summary>For subscription fields: the event stream (each event is the parent of the field's resolution).</summary>
    public FieldDescriptor<TParent> Subscribe<TEvent>(Func<ResolverContext, IAsyncEnumerable<TEvent>> subscribe)
    {
        Subscriber = ctx => new ValueTask<IAsyncEnumerable<object?>>(Box(subscribe(ctx)));
        Resolver ??= ctx => new ValueTask<object?>(ctx.Source);
        return this;
    }

    private static async IAsyncEnumerable<object?> Box<TEvent>(IAsyncEnumerable<TEvent> events)
    {
        await foreach (var e in events.ConfigureAwait(false)) yield return e;
    }

    internal FieldDefinitionNode ToNode(string owner)
    {
        if (TypeReference is null)
            throw new SchemaValidationException([$"Field {owner}.{Name} has no type: call .Type(\"...\")."]);
        return new FieldDefinitionNode
        {
            Name = NameNode.Of(Name),
            Type = Parser.ParseType(TypeReference),
            Description = SdlNodes.Description(_description),
            Arguments = _arguments,
            Directives = _directives,
        };
    }
}
