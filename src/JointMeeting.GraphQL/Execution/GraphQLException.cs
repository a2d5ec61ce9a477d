namespace JointMeeting.GraphQL.Execution;

/// <summary>
/// An error a resolver throws on purpose: its message and extensions reach the client as they are
/// (e.g. <c>throw new GraphQLException("Wish not found", "NOT_FOUND")</c>).
/// </summary>
public class GraphQLException : GraphQLError
{
    /// <summary>An error with <paramref name="message"/> and, when given, <c>extensions.code</c> plus more extensions.</summary>
    public GraphQLException(string message, string? code = null, IReadOnlyDictionary<string, object?>? extensions = null, Exception? innerException = null)
        : base(message, null, null, Merge(code, extensions), innerException)
    {
    }

    /// <summary><c>extensions.code</c>, or null.</summary>
    public string? Code => Extensions?.GetValueOrDefault("code") as string;

    private static IReadOnlyDictionary<string, object?>? Merge(string? code, IReadOnlyDictionary<string, object?>? extensions)
    {
        if (code is null) return extensions;
        var merged = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        if (extensions is not null)
            foreach (var (key, value) in extensions) merged[key] = value;
        return merged;
    }
}

/// <summary>
/// Maps exceptions a resolver throws (other than <see cref="GraphQLError"/>) to client errors, e.g.
/// a domain "not found" to <c>NOT_FOUND</c>. Anything it leaves unmapped is logged and reported as
/// <c>{"message":"Internal server error","extensions":{"code":"INTERNAL"}}</c>.
/// </summary>
public interface IErrorFilter
{
    /// <summary>The error to report for <paramref name="exception"/>, or null when it is not the client's business.</summary>
    /// <param name="exception">What the resolver threw (unwrapped from <see cref="AggregateException"/>).</param>
    /// <param name="context">The field being resolved (path, field, user).</param>
    GraphQLError? Filter(Exception exception, Types.ResolverContext context);
}

/// <summary>An <see cref="IErrorFilter"/> from a delegate.</summary>
public sealed class DelegateErrorFilter(Func<Exception, Types.ResolverContext, GraphQLError?> filter) : IErrorFilter
{
    /// <inheritdoc />
    public GraphQLError? Filter(Exception exception, Types.ResolverContext context) => filter(exception, context);
}
