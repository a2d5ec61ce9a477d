using JointMeeting.Domain.Resources;

namespace JointMeeting.Domain.Needs;

/// <summary>An offering unit's record from earlier cycles (the scorecard read model): finished claims/projects and overdue items.</summary>
public sealed record UnitRecord(string UnitId, int CompletedCount, int OverdueCount)
{
    public static UnitRecord Empty(string unitId) => new(unitId, 0, 0);
}

public sealed record MatchCandidate(Resource Resource, UnitRecord Record);

/// <summary>A proposed match; <paramref name="Reason"/> is what the secretary reads, e.g. "类别匹配 · 同社区 · 容量充足 · 历史办结3项".</summary>
public sealed record ResourceMatch(string ResourceId, string UnitId, int Score, string Reason);

/// <summary>
/// 梳理: ranks resources for a need. The system only proposes; the secretary decides by drafting a project.
/// Weights: category fit 40/25, place 25/15, capacity up to 20, record +3 per finished item (max 15) −5 per overdue one.
/// </summary>
public static class NeedMatching
{
    /// <summary>Resource kinds that serve a need category, best first.</summary>
    public static readonly IReadOnlyDictionary<NeedCategory, ResourceKind[]> Fits = new Dictionary<NeedCategory, ResourceKind[]>
    {
        [NeedCategory.EnvironmentalImprovement] = [ResourceKind.Volunteers, ResourceKind.Equipment, ResourceKind.Funds],
        [NeedCategory.Infrastructure] = [ResourceKind.Funds, ResourceKind.Equipment, ResourceKind.ProfessionalService],
        [NeedCategory.PropertyManagement] = [ResourceKind.ProfessionalService, ResourceKind.Volunteers],
        [NeedCategory.ElderlyAndDisabledCare] = [ResourceKind.Volunteers, ResourceKind.ProfessionalService, ResourceKind.Venue, ResourceKind.Funds],
        [NeedCategory.Education] = [ResourceKind.ProfessionalService, ResourceKind.Venue, ResourceKind.Volunteers],
        [NeedCategory.HealthCare] = [ResourceKind.ProfessionalService, ResourceKind.Volunteers, ResourceKind.Equipment],
        [NeedCategory.LegalAid] = [ResourceKind.ProfessionalService],
        [NeedCategory.EmploymentAndEntrepreneurship] = [ResourceKind.ProfessionalService, ResourceKind.Venue, ResourceKind.Funds],
        [NeedCategory.CultureAndSports] = [ResourceKind.Venue, ResourceKind.Equipment, ResourceKind.Volunteers],
        [NeedCategory.SafetyAndStability] = [ResourceKind.Volunteers, ResourceKind.Equipment, ResourceKind.ProfessionalService],
        [NeedCategory.Other] = [],
    };

    public static IReadOnlyList<ResourceMatch> Rank(Need need, IEnumerable<MatchCandidate> candidates) =>
        candidates
            .Where(c => IsUsable(need, c.Resource))
            .Select(c => (Match: Score(need, c), c.Resource.Remaining))
            .OrderByDescending(x => x.Match.Score)
            .ThenByDescending(x => x.Remaining)
            .ThenBy(x => x.Match.ResourceId, StringComparer.Ordinal)
            .Select(x => x.Match)
            .ToList();

    /// <summary>Withdrawn, full, or only available after the need's deadline: not worth proposing.</summary>
    private static bool IsUsable(Need need, Resource r) =>
        !r.IsWithdrawn && r.Remaining > 0 && r.Draft.AvailableFrom <= need.Draft.Deadline;

    private static ResourceMatch Score(Need need, MatchCandidate candidate)
    {
        var (r, record) = candidate;
        var score = 0;
        var reasons = new List<string>();
        void Add(int points, string reason) { score += points; reasons.Add(reason); }

        var fit = Array.IndexOf(Fits[need.Draft.Category], r.Draft.Kind);
        if (fit == 0) Add(40, "类别匹配");
        else if (fit > 0) Add(25, "类别相关");

        if (need.Owner.CommunityId is not null && need.Owner.CommunityId == r.OfferedTo.CommunityId) Add(25, "同社区");
        else if (need.Owner.StreetId is not null && need.Owner.StreetId == r.OfferedTo.StreetId) Add(15, "同街道");

        var needed = need.Draft.QuantityNeeded;
        if (needed is null) Add(10, "容量可用");
        else if (r.Remaining >= needed) Add(20, "容量充足");
        else Add(20 * r.Remaining / needed.Value, $"容量部分满足（{r.Remaining}/{needed}）");

        if (record.CompletedCount > 0) Add(3 * Math.Min(record.CompletedCount, 5), $"历史办结{record.CompletedCount}项");
        if (record.OverdueCount > 0) Add(-5 * record.OverdueCount, $"逾期{record.OverdueCount}项");

        return new ResourceMatch(r.Id, r.UnitId, Math.Max(0, score), string.Join(" · ", reasons));
    }
}
