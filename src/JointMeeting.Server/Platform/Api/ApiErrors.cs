using JointMeeting.Domain.Common;
using JointMeeting.EventStore;
using JointMeeting.GraphQL;
using JointMeeting.GraphQL.Execution;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Platform.Auth;
using Npgsql;

namespace JointMeeting.Server.Platform.Api;

/// <summary>Too many attempts (e.g. logins): RATE_LIMITED with the seconds to wait.</summary>
public sealed class RateLimitedException(string message, TimeSpan retryAfter) : Exception(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

/// <summary>
/// The one place where server exceptions become the error codes of API.md. Anything not listed here
/// is INTERNAL (the executor logs it and hides the details).
/// </summary>
public sealed class ApiErrorFilter : IErrorFilter
{
    public GraphQLError? Filter(Exception exception, ResolverContext context) => exception switch
    {
        DomainException e => Error(e.Message, CodeOf(e.Code), e.Code == ErrorCode.Validation
            ? new Dictionary<string, object?> { ["fields"] = e.Fields.ToDictionary(f => f.Key, f => (object?)f.Value) }
            : null),
        ConcurrencyException e => Error("已被他人修改，请刷新后重试", "CONFLICT",
            new Dictionary<string, object?> { ["currentVersion"] = e.CurrentVersion }),
        UnauthenticatedException e => Error(e.Message, "UNAUTHENTICATED"),
        RateLimitedException e => Error(e.Message, "RATE_LIMITED",
            new Dictionary<string, object?> { ["retryAfterSeconds"] = (int)Math.Ceiling(e.RetryAfter.TotalSeconds) }),
        // The database went away mid-request: say so plainly; the pool recovers when it returns.
        NpgsqlException or TimeoutException => Error("服务暂时不可用，请稍后重试", "INTERNAL"),
        _ => null,
    };

    public static string CodeOf(ErrorCode code) => code switch
    {
        ErrorCode.Validation => "VALIDATION",
        ErrorCode.Forbidden => "FORBIDDEN",
        ErrorCode.NotFound => "NOT_FOUND",
        ErrorCode.Conflict => "CONFLICT",
        _ => "INTERNAL",
    };

    private static GraphQLException Error(string message, string code, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(message, code, extensions);
}
