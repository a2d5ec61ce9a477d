namespace JointMeeting.Domain.Common;

/// <summary>How personal fields look to roles that do not need them (DOMAIN.md §5 privacy).</summary>
public static class Masking
{
    /// <summary>13812341234 → 138****1234; short numbers keep only their last two digits.</summary>
    public static string Phone(string? phone)
    {
        if (string.IsNullOrEmpty(phone)) return "";
        if (phone.Length >= 7) return phone[..3] + new string('*', phone.Length - 7) + phone[^4..];
        return new string('*', Math.Max(0, phone.Length - 2)) + phone[^Math.Min(2, phone.Length)..];
    }

    /// <summary>张三华 → 张*华, 张三 → 张*, 欧阳明月 → 欧**月.</summary>
    public static string Name(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "";
        if (name.Length == 1) return name;
        if (name.Length == 2) return name[0] + "*";
        return name[0] + new string('*', name.Length - 2) + name[^1];
    }
}
