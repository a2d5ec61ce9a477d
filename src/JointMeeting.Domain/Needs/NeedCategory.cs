namespace JointMeeting.Domain.Needs;

/// <summary>需求类别 (DOMAIN.md §4.2). Code speaks English; <see cref="NeedLabels"/> gives what users see.</summary>
public enum NeedCategory
{
    EnvironmentalImprovement, Infrastructure, PropertyManagement, ElderlyAndDisabledCare, Education,
    HealthCare, LegalAid, EmploymentAndEntrepreneurship, CultureAndSports, SafetyAndStability, Other,
}

/// <summary>紧急程度.</summary>
public enum Urgency { Low, Medium, High, Urgent }

public static class NeedLabels
{
    public static readonly IReadOnlyDictionary<NeedCategory, string> Categories = new Dictionary<NeedCategory, string>
    {
        [NeedCategory.EnvironmentalImprovement] = "环境整治",
        [NeedCategory.Infrastructure] = "基础设施",
        [NeedCategory.PropertyManagement] = "物业管理",
        [NeedCategory.ElderlyAndDisabledCare] = "助老助残",
        [NeedCategory.Education] = "教育",
        [NeedCategory.HealthCare] = "医疗卫生",
        [NeedCategory.LegalAid] = "法律援助",
        [NeedCategory.EmploymentAndEntrepreneurship] = "就业创业",
        [NeedCategory.CultureAndSports] = "文体活动",
        [NeedCategory.SafetyAndStability] = "安全稳定",
        [NeedCategory.Other] = "其他",
    };

    public static readonly IReadOnlyDictionary<Urgency, string> Urgencies = new Dictionary<Urgency, string>
    {
        [Urgency.Low] = "低", [Urgency.Medium] = "中", [Urgency.High] = "高", [Urgency.Urgent] = "紧急",
    };

    /// <summary>"教育" → Education, for seeds written in Chinese.</summary>
    public static NeedCategory? CategoryFromLabel(string label) =>
        Categories.Where(p => p.Value == label).Select(p => (NeedCategory?)p.Key).FirstOrDefault();
}

/// <summary>A unit's claim on a need or project, and a community's claim on a resource.</summary>
public enum ClaimStatus { Pending, Confirmed, Declined, Withdrawn }

public static class ClaimStatusExtensions
{
    /// <summary>Pending and confirmed claims hold the thing; declined and withdrawn ones free it.</summary>
    public static bool IsActive(this ClaimStatus status) => status is ClaimStatus.Pending or ClaimStatus.Confirmed;
}
