using System.Security.Claims;
using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Types;

/// <summary>
/// What a resolver sees. The executor derives from this class and fills the abstract members
/// for every field it resolves; resolvers use the typed helpers (<see cref="Parent{T}"/>,
/// <see cref="Arg{T}"/>, <see cref="Service{T}"/>).
/// </summary>
/// <remarks>
/// Contract for the executor: <see cref="Arguments"/> holds the field's coerced argument values
/// (spec §6.4.1 CoerceArgumentValues): only arguments that were given or have a default are present
/// (an explicit null is present with a null value); input objects are
/// <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string to object?, lists are
/// <see cref="IReadOnlyList{T}"/> of object?, enums are their internal values, scalars their
/// internal values (Int → int, Float → double, String/ID → string, Boolean → bool).
/// </remarks>
public abstract class ResolverContext
{
    /// <summary>The parent (source) value: the resolved value of the enclosing object; the root value at the top.</summary>
    public abstract object? Source { get; }

    /// <summary>Coerced argument values by name (see the class remarks for their shapes).</summary>
    public abstract IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The request's service provider (scoped to the request).</summary>
    public abstract IServiceProvider Services { get; }

    /// <summary>The caller; an anonymous principal when nobody is signed in.</summary>
    public abstract ClaimsPrincipal User { get; }

    /// <summary>Cancelled when the request is aborted.</summary>
    public abstract CancellationToken CancellationToken { get; }

    /// <summary>Per-request state shared by all resolvers (e.g. DataLoaders); thread-safe.</summary>
    public abstract IDictionary<string, object?> Items { get; }

    /// <summary>The schema being executed.</summary>
    public abstract Schema Schema { get; }

    /// <summary>The object type whose field is being resolved.</summary>
    public abstract ObjectType ParentType { get; }

    /// <summary>The field definition being resolved.</summary>
    public abstract FieldDefinition Field { get; }

    /// <summary>The field nodes in the document (several when the same response key is selected twice).</summary>
    public abstract IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The response path to this field: names and list indices.</summary>
    public abstract IReadOnlyList<object> Path { get; }

    /// <summary>The parent value as <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">The parent is not a <typeparamref name="T"/>.</exception>
    public T Parent<T>() => Source is T parent
        ? parent
        : throw new InvalidOperationException($"Parent of {ParentType.Name}.{Field.Name} is {Source?.GetType().Name ?? "null"}, not {typeof(T).Name}.");

    /// <summary>True when the argument was given (or has a default).</summary>
    public bool HasArg(string name) => Arguments.ContainsKey(name);

    /// <summary>
    /// The argument bound to <typeparamref name="T"/>: primitives convert, input objects bind to
    /// records/classes by (case-insensitive) property or constructor parameter name, lists to arrays/lists.
    /// Missing arguments give <c>default</c>.
    /// </summary>
    public T Arg<T>(string name) => Arguments.TryGetValue(name, out var value) ? ValueBinder.Bind<T>(value) : default!;

    /// <summary>A required service from <see cref="Services"/>.</summary>
    public T Service<T>() where T : notnull =>
        (T?)Services.GetService(typeof(T)) ?? throw new InvalidOperationException($"No service for type '{typeof(T)}' has been registered.");
}
