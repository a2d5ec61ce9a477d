namespace JointMeeting.Domain.MicroWishes;

/// <summary>What a micro-wish is about; the labels are what users see and what skills map to.</summary>
public enum WishCategory { ElderCare, DisabilityAid, StudyAid, Repair, Medical, Legal, Psychological, DailySupplies, Other }

public static class WishCategories
{
    public static string Label(this WishCategory category) => category switch
    {
        WishCategory.ElderCare => "助老",
        WishCategory.DisabilityAid => "助残",
        WishCategory.StudyAid => "助学",
        WishCategory.Repair => "维修",
        WishCategory.Medical => "医疗",
        WishCategory.Legal => "法律",
        WishCategory.Psychological => "心理",
        WishCategory.DailySupplies => "生活物资",
        _ => "其他",
    };

    /// <summary>
    /// Which declared skills (特长, DOMAIN.md §3) serve which category; used by ranking so a
    /// plumber sees repair wishes first. Skills are the labels the reporting form offers.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<WishCategory>> BySkill =
        new Dictionary<string, IReadOnlyList<WishCategory>>
        {
            ["维修"] = [WishCategory.Repair],
            ["医疗"] = [WishCategory.Medical, WishCategory.ElderCare],
            ["护理"] = [WishCategory.ElderCare, WishCategory.DisabilityAid],
            ["法律"] = [WishCategory.Legal],
            ["教育"] = [WishCategory.StudyAid],
            ["心理"] = [WishCategory.Psychological],
            ["IT"] = [WishCategory.StudyAid],
        };

    /// <summary>The first declared skill that serves the category, if any.</summary>
    public static string? SkillFor(WishCategory category, IEnumerable<string> skills) =>
        skills.FirstOrDefault(s => BySkill.TryGetValue(s, out var served) && served.Contains(category));
}
