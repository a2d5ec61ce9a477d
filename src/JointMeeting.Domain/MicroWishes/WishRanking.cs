using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.MicroWishes;

/// <summary>What ranking knows of a reported member (from their 双报到 declaration).</summary>
public sealed record MemberProfile(
    string MemberId, string? Grid, string? Building, IReadOnlyList<string> Skills,
    IReadOnlyList<WishCategory> PreferredCategories, IReadOnlySet<DayOfWeek> AvailableDays);

/// <summary>What ranking knows of a published wish (no personal data).</summary>
public sealed record WishCandidate(string WishId, WishCategory Category, string? Grid, string? Building, DateTimeOffset PublishedAt);

public sealed record RankedWish(WishCandidate Wish, int Score, IReadOnlyList<string> Reasons)
{
    /// <summary>E.g. "同楼栋 · 擅长维修 · 已等待9天".</summary>
    public string Reason => string.Join(" · ", Reasons);
}

public sealed record RankedMember(MemberProfile Member, int Score, IReadOnlyList<string> Reasons)
{
    public string Reason => string.Join(" · ", Reasons);
}

/// <summary>
/// Matching of DOMAIN.md §5: nearness first (同楼栋 beats 同网格), then skill, preference,
/// availability and how long the wish has waited. Weights are additive so reasons explain the score.
/// </summary>
public static class WishRanking
{
    public const int SameBuilding = 40;
    public const int SameGrid = 25;
    public const int SkillMatch = 20;
    public const int PreferredCategory = 15;
    public const int AvailableThisWeek = 10;
    /// <summary>One point per full day waited, up to two weeks, so old wishes rise but never outrank nearness.</summary>
    public const int MaxWaitingPoints = 14;

    /// <summary>A member's view: every candidate, best first (ties: longest waiting, then id).</summary>
    public static IReadOnlyList<RankedWish> ForMember(MemberProfile member, IEnumerable<WishCandidate> wishes, DateTimeOffset now) =>
        wishes
            .Select(w =>
            {
                var (score, reasons) = Match(member, w, now);
                var days = WaitingDays(w, now);
                if (days > 0) reasons.Add($"已等待{days}天");
                return new RankedWish(w, score + Math.Min(days, MaxWaitingPoints), reasons);
            })
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Wish.PublishedAt)
            .ThenBy(r => r.Wish.WishId, StringComparer.Ordinal)
            .ToList();

    /// <summary>A secretary's push: the members who match the wish at all, best first, at most <paramref name="take"/>.</summary>
    public static IReadOnlyList<RankedMember> BestMembersFor(
        WishCandidate wish, IEnumerable<MemberProfile> members, DateTimeOffset now, int take = 10) =>
        members
            .Select(m =>
            {
                var (score, reasons) = Match(m, wish, now);
                return new RankedMember(m, score, reasons);
            })
            .Where(r => r.Score > 0)
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Member.MemberId, StringComparer.Ordinal)
            .Take(take)
            .ToList();

    private static (int Score, List<string> Reasons) Match(MemberProfile member, WishCandidate wish, DateTimeOffset now)
    {
        var score = 0;
        var reasons = new List<string>();
        var sameGrid = member.Grid is not null && member.Grid == wish.Grid;
        // Building names repeat across grids ("1号楼"), so same building needs the grid to agree when both are known.
        var sameBuilding = member.Building is not null && member.Building == wish.Building
            && (member.Grid is null || wish.Grid is null || sameGrid);
        if (sameBuilding) { score += SameBuilding; reasons.Add("同楼栋"); }
        else if (sameGrid) { score += SameGrid; reasons.Add("同网格"); }

        if (WishCategories.SkillFor(wish.Category, member.Skills) is { } skill) { score += SkillMatch; reasons.Add($"擅长{skill}"); }
        if (member.PreferredCategories.Contains(wish.Category)) { score += PreferredCategory; reasons.Add($"偏好{wish.Category.Label()}"); }
        if (IsAvailableThisWeek(member.AvailableDays, now)) { score += AvailableThisWeek; reasons.Add("本周有空"); }
        return (score, reasons);
    }

    /// <summary>Has a declared free day still ahead in this (Monday-first, China-time) week, today included.</summary>
    public static bool IsAvailableThisWeek(IReadOnlySet<DayOfWeek> availableDays, DateTimeOffset now)
    {
        var today = ChinaTime.Today(now).DayOfWeek;
        return availableDays.Any(d => MondayFirst(d) >= MondayFirst(today));
    }

    public static int WaitingDays(WishCandidate wish, DateTimeOffset now) =>
        Math.Max(0, (int)(now - wish.PublishedAt).TotalDays);

    private static int MondayFirst(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;
}
