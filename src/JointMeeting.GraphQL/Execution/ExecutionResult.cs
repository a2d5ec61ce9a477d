namespace JointMeeting.GraphQL.Execution;

/// <summary>Why a request failed before execution started (transports map these to status codes).</summary>
public enum RequestErrorKind
{
    /// <summary>Not a request error: execution ran (data may still be null with field errors).</summary>
    None,

    /// <summary>No query text, or it did not parse.</summary>
    Syntax,

    /// <summary>The document broke a validation rule or a limit.</summary>
    Validation,

    /// <summary>No operation to run: unknown name, name missing among several, or a root type the schema lacks.</summary>
    Operation,

    /// <summary>Variable values did not coerce.</summary>
    Variables,

    /// <summary>A mutation arrived where only queries are allowed (HTTP GET → 405).</summary>
    MutationNotAllowed,

    /// <summary>A subscription's event stream could not be created.</summary>
    Subscription,
}

/// <summary>
/// The response of one request (spec §7). For a subscription, <see cref="Stream"/> yields one result
/// per event and <see cref="Data"/> is null.
/// </summary>
public sealed class ExecutionResult
{
    /// <summary>True when the request failed before execution: the response has no <c>data</c> key.</summary>
    public bool IsRequestError => RequestError != RequestErrorKind.None;

    /// <summary>What kind of request error, or <see cref="RequestErrorKind.None"/>.</summary>
    public RequestErrorKind RequestError { get; init; }

    /// <summary>
    /// The data: an ordered <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string to object? whose
    /// values are such maps, lists (<see cref="IReadOnlyList{T}"/>), strings, numbers, booleans or null.
    /// </summary>
    public object? Data { get; init; }

    /// <summary>Errors in the order they were raised; null when there were none.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    /// <summary>For subscriptions: one result per source event.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; init; }

    /// <summary>Response extensions (e.g. timing); null when there are none.</summary>
    public IDictionary<string, object?>? Extensions { get; set; }

    /// <summary>A request error of <paramref name="kind"/> with <paramref name="errors"/>.</summary>
    public static ExecutionResult Failed(RequestErrorKind kind, IReadOnlyList<GraphQLError> errors) =>
        new() { RequestError = kind, Errors = errors };

    /// <summary>A request error with one message.</summary>
    public static ExecutionResult Failed(RequestErrorKind kind, string message) => Failed(kind, [new GraphQLError(message)]);
}
