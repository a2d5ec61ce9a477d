namespace JointMeeting.EventStore;

/// <summary>Base of the errors this library raises on purpose.</summary>
public abstract class EventStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected EventStoreException(string message, Exception? inner = null) : base(message, inner) { }
}

/// <summary>
/// The stream was not at the expected version: someone else appended first. Reload and decide again.
/// </summary>
public sealed class ConcurrencyException : EventStoreException
{
    /// <summary>Creates the exception.</summary>
    public ConcurrencyException(string streamId, ExpectedVersion expected, long currentVersion, Exception? inner = null)
        : base($"Stream '{streamId}' was expected at version {expected} but is at {currentVersion}.", inner)
    {
        StreamId = streamId;
        Expected = expected;
        CurrentVersion = currentVersion;
    }

    /// <summary>The stream appended to.</summary>
    public string StreamId { get; }

    /// <summary>The version the writer expected.</summary>
    public ExpectedVersion Expected { get; }

    /// <summary>The stream's version when the conflict was detected (0 when it does not exist).</summary>
    public long CurrentVersion { get; }
}

/// <summary>A stored type name has no registered CLR type (and no upcaster turns it into one).</summary>
public sealed class UnknownEventTypeException : EventStoreException
{
    /// <summary>Creates the exception.</summary>
    public UnknownEventTypeException(string typeName)
        : base($"No event type is registered under the name '{typeName}'. Register it with EventTypeRegistry.Register<T>(\"{typeName}\") " +
               "or add an upcaster from it with EventTypeRegistry.Upcast.") => TypeName = typeName;

    /// <summary>The stored name.</summary>
    public string TypeName { get; }
}

/// <summary>An event object's CLR type was never registered, so it has no stable name to be stored under.</summary>
public sealed class UnregisteredEventTypeException : EventStoreException
{
    /// <summary>Creates the exception.</summary>
    public UnregisteredEventTypeException(Type type)
        : base($"Event type {type.FullName} has no stable name. Register it with EventTypeRegistry.Register<{type.Name}>(\"some.name\").") =>
        Type = type;

    /// <summary>The unregistered CLR type.</summary>
    public Type Type { get; }
}
