using System.Text.RegularExpressions;

namespace JointMeeting.Domain.Common;

/// <summary>Formats of contact fields shared by accounts, organisations and imports.</summary>
public static partial class ContactFormats
{
    /// <summary>Mainland mobile (11 digits from 1) or a landline such as 0791-88881234 / 88881234.</summary>
    public static bool IsPhone(string? value) =>
        value is not null && (MobilePattern().IsMatch(value) || LandlinePattern().IsMatch(value));

    public static bool IsMobile(string? value) => value is not null && MobilePattern().IsMatch(value);

    /// <summary>Deliberately loose: the mail server is the real judge; this catches typos.</summary>
    public static bool IsEmail(string? value) => value is not null && value.Length <= 254 && EmailPattern().IsMatch(value);

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"^(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?$")]
    private static partial Regex LandlinePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
