using System.Text.RegularExpressions;
using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Accounts;

/// <summary>Formats of what a user types for an account; pure so the server calls them before hashing.</summary>
public static partial class AccountRules
{
    /// <summary>Login names are compared lower-case; the server's unique index is on this form.</summary>
    public static string NormaliseLoginName(string loginName) => loginName.Trim().ToLowerInvariant();

    public static bool IsLoginName(string normalised) => LoginNamePattern().IsMatch(normalised);

    /// <summary>The plain password is checked here before the server hashes it (the domain never stores it).</summary>
    public static void CheckPassword(string? password, string field = "newPassword") =>
        new Validator()
            .Require(password is { Length: >= 8 and <= 128 }, field, "密码长度须为8到128位")
            .Require(password is null || (password.Any(char.IsLetter) && password.Any(char.IsDigit)), field, "密码须同时包含字母和数字")
            .ThrowIfAny();

    public static void ValidateProfile(Validator v, PersonProfile p) =>
        v.NotBlank(p.DisplayName, "displayName", "姓名", 50)
            .Require(string.IsNullOrWhiteSpace(p.Phone) || ContactFormats.IsPhone(p.Phone.Trim()), "phone", "手机号格式不正确")
            .Require(string.IsNullOrWhiteSpace(p.Email) || ContactFormats.IsEmail(p.Email.Trim()), "email", "邮箱格式不正确")
            .Require(p.Address is null || p.Address.Length <= 200, "address", "地址不能超过200个字符");

    public static PersonProfile Trim(PersonProfile p) =>
        new(p.DisplayName.Trim(), Blank(p.Phone), Blank(p.Email), Blank(p.Address));

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,31}$")]
    private static partial Regex LoginNamePattern();
}
