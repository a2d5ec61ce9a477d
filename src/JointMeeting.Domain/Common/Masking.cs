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

    /// <summary>Keeps only the building: "石井街某某社区3栋2单元501" → "3栋"; without a building, nothing readable.</summary>
    public static string Address(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return "";
        var building = System.Text.RegularExpressions.Regex.Match(address, @"[0-9A-Za-z一二三四五六七八九十百零]+(栋|幢|号楼|座)");
        return building.Success ? building.Value : "****";
    }

    /// <summary>zhangsan@example.com → z***@example.com.</summary>
    public static string Email(string? email)
    {
        if (string.IsNullOrEmpty(email)) return "";
        var at = email.IndexOf('@');
        return at <= 0 ? "****" : email[0] + "***" + email[at..];
    }
}
