using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JointMeeting.EventStore;

/// <summary>
/// Maps event CLR types to stable names (the only thing stored, so classes can be renamed or moved
/// freely) and turns stored JSON back into events, upcasting old names and shapes on the way.
/// Register everything at startup; lookups afterwards are thread-safe.
/// </summary>
public sealed class EventTypeRegistry
{
    // Guards against an upcaster cycle such as a → b → a.
    private const int MaxUpcastSteps = 32;

    private readonly ConcurrentDictionary<string, Type> _typesByName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, string> _namesByType = new();
    private readonly ConcurrentDictionary<string, Func<JsonNode, (string Name, JsonNode Data)>> _upcasters = new(StringComparer.Ordinal);

    /// <summary>Serializer options for event data: camelCase by default (<see cref="JsonSerializerDefaults.Web"/>); adjust before first use.</summary>
    public JsonSerializerOptions JsonOptions { get; set; } = new(JsonSerializerDefaults.Web);

    /// <summary>Registers <typeparamref name="TEvent"/> under <paramref name="name"/>, e.g. <c>"order.shipped"</c>.</summary>
    public EventTypeRegistry Register<TEvent>(string name) => Register(typeof(TEvent), name);

    /// <summary>Registers <paramref name="type"/> under <paramref name="name"/>; each name and each type only once.</summary>
    public EventTypeRegistry Register(Type type, string name)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_upcasters.ContainsKey(name))
            throw new InvalidOperationException($"'{name}' is already upcast to another name; it cannot also be a current type.");
        if (!_typesByName.TryAdd(name, type))
            throw new InvalidOperationException($"The event name '{name}' is already registered for {_typesByName[name].FullName}.");
        if (!_namesByType.TryAdd(type, name))
        {
            _typesByName.TryRemove(name, out _);
            throw new InvalidOperationException($"{type.FullName} is already registered as '{_namesByType[type]}'.");
        }
        return this;
    }

    /// <summary>
    /// Reads events stored under <paramref name="oldName"/> by rewriting them on the fly: the function returns
    /// the name to read them as (a registered name, or another upcast name) and the transformed JSON.
    /// </summary>
    public EventTypeRegistry Upcast(string oldName, Func<JsonNode, (string Name, JsonNode Data)> upcast)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(oldName);
        ArgumentNullException.ThrowIfNull(upcast);
        if (_typesByName.ContainsKey(oldName))
            throw new InvalidOperationException($"'{oldName}' is a registered type; upcast only names no longer written.");
        if (!_upcasters.TryAdd(oldName, upcast))
            throw new InvalidOperationException($"An upcaster from '{oldName}' is already registered.");
        return this;
    }

    /// <summary>Reads events stored under <paramref name="oldName"/> as <paramref name="newName"/>, rewriting their JSON.</summary>
    public EventTypeRegistry Upcast(string oldName, string newName, Func<JsonNode, JsonNode> transform)
    {
        ArgumentNullException.ThrowIfNull(transform);
        return Upcast(oldName, json => (newName, transform(json)));
    }

    /// <summary>The stable name of <paramref name="type"/>.</summary>
    /// <exception cref="UnregisteredEventTypeException">The type was never registered.</exception>
    public string NameOf(Type type) =>
        _namesByType.TryGetValue(type, out var name) ? name : throw new UnregisteredEventTypeException(type);

    /// <summary>The CLR type registered under <paramref name="name"/>, if any.</summary>
    public bool TryGetType(string name, out Type type) => _typesByName.TryGetValue(name, out type!);

    /// <summary>Serializes an event to its stable name and JSON text.</summary>
    public (string Name, string Json) Serialize(object @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var type = @event.GetType();
        return (NameOf(type), JsonSerializer.Serialize(@event, type, JsonOptions));
    }

    /// <summary>Deserialises JSON stored under a current (registered) name as <paramref name="type"/>.</summary>
    internal object Deserialize(Type type, string json) => JsonSerializer.Deserialize(json, type, JsonOptions)!;

    /// <summary>Turns stored JSON back into an event, applying upcasters first.</summary>
    /// <returns>The event and the (possibly upcast) name it was read as.</returns>
    /// <exception cref="UnknownEventTypeException">The name is neither registered nor upcast.</exception>
    public (string Name, object Data) Deserialize(string name, string json)
    {
        if (_typesByName.TryGetValue(name, out var type))
            return (name, JsonSerializer.Deserialize(json, type, JsonOptions)!);

        if (!_upcasters.ContainsKey(name))
            throw new UnknownEventTypeException(name);

        var node = JsonNode.Parse(json)!;
        for (var step = 0; step < MaxUpcastSteps; step++)
        {
            if (_typesByName.TryGetValue(name, out type))
                return (name, node.Deserialize(type, JsonOptions)!);
            if (!_upcasters.TryGetValue(name, out var upcast))
                throw new UnknownEventTypeException(name);
            (name, node) = upcast(node);
        }
        throw new InvalidOperationException($"Upcasting '{name}' did not reach a registered type within {MaxUpcastSteps} steps; check for a cycle.");
    }
}
