namespace JointMeeting.Domain.Common;

/// <summary>The error codes of API.md a user can cause; the server maps them to GraphQL extensions.code.</summary>
public enum ErrorCode { Validation, Forbidden, NotFound, Conflict }

/// <summary>
/// A rule said no. Deciders throw it; nothing has been written when it is thrown because
/// deciding happens before appending.
/// </summary>
public class DomainException(ErrorCode code, string message, IReadOnlyDictionary<string, string>? fields = null)
    : Exception(message)
{
    public ErrorCode Code { get; } = code;

    /// <summary>For VALIDATION: input field name → reason (Chinese, shown to the user).</summary>
    public IReadOnlyDictionary<string, string> Fields { get; } = fields ?? new Dictionary<string, string>();

    public static DomainException Invalid(string field, string reason) =>
        new(ErrorCode.Validation, reason, new Dictionary<string, string> { [field] = reason });

    public static DomainException Forbidden(string message = "无权执行此操作") => new(ErrorCode.Forbidden, message);

    public static DomainException NotFound(string what) => new(ErrorCode.NotFound, $"{what}不存在");

    public static DomainException Conflict(string message) => new(ErrorCode.Conflict, message);
}

/// <summary>Collects several field errors so a form gets all of them at once.</summary>
public sealed class Validator
{
    private readonly Dictionary<string, string> _errors = new();

    public Validator Require(bool ok, string field, string reason)
    {
        if (!ok && !_errors.ContainsKey(field)) _errors[field] = reason;
        return this;
    }

    public Validator NotBlank(string? value, string field, string label, int maxLength = 200) =>
        Require(!string.IsNullOrWhiteSpace(value), field, $"{label}不能为空")
            .Require(value is null || value.Length <= maxLength, field, $"{label}不能超过{maxLength}个字符");

    public void ThrowIfAny()
    {
        if (_errors.Count == 0) return;
        throw new DomainException(ErrorCode.Validation, string.Join("；", _errors.Values), _errors);
    }
}
