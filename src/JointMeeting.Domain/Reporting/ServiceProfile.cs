namespace JointMeeting.Domain.Reporting;

/// <summary>特长 a member declares; matching ranks wishes and posts by them.</summary>
public enum Skill { Medical, Legal, Education, Repair, Psychology, IT, ElderlyCare, CultureAndSports, Other }

/// <summary>Half-day parts; evenings matter for in-service members who work by day.</summary>
public enum DayPart { Morning, Afternoon, Evening }

/// <summary>One weekly slot the member is usually free, e.g. Saturday morning.</summary>
public sealed record AvailabilitySlot(DayOfWeek Day, DayPart Part);

/// <summary>
/// What the member offers: skills, preferred service categories (the category names of needs and
/// wishes, kept as labels so this feature does not depend on theirs) and weekly availability.
/// </summary>
public sealed record ServiceProfile(
    IReadOnlyList<Skill> Skills, IReadOnlyList<string> PreferredCategories, IReadOnlyList<AvailabilitySlot> Availability)
{
    public static readonly ServiceProfile Empty = new([], [], []);
}

public static class SkillLabels
{
    public static readonly IReadOnlyDictionary<Skill, string> All = new Dictionary<Skill, string>
    {
        [Skill.Medical] = "医疗", [Skill.Legal] = "法律", [Skill.Education] = "教育", [Skill.Repair] = "维修",
        [Skill.Psychology] = "心理", [Skill.IT] = "IT", [Skill.ElderlyCare] = "养老护理",
        [Skill.CultureAndSports] = "文体", [Skill.Other] = "其他",
    };

    /// <summary>A Chinese label or the English name, case-insensitive ("it", "IT", "信息技术" is not known).</summary>
    public static Skill? Parse(string text)
    {
        var t = text.Trim();
        foreach (var (skill, label) in All)
            if (string.Equals(label, t, StringComparison.OrdinalIgnoreCase)) return skill;
        return Enum.TryParse<Skill>(t, true, out var s) && Enum.IsDefined(s) ? s : null;
    }
}
