using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Points;

/// <summary>One line of a points history, dated in China time.</summary>
public sealed record PointsEntry(DateOnly Date, PointSource Source, string SourceId, decimal Points, string Reason);

/// <summary>A year's result: points, stars (capped), grade, and stars per "532" group when grouping is on.</summary>
public sealed record YearStanding(int Year, decimal Points, int Stars, StarGrade Grade, IReadOnlyDictionary<StarGroup, int> StarsByGroup);

public sealed record PointsLedger(string OwnerId, IReadOnlyList<PointsEntry> Entries, IReadOnlyList<YearStanding> Years)
{
    public YearStanding For(int year) =>
        Years.FirstOrDefault(y => y.Year == year) ?? new YearStanding(year, 0m, 0, StarGrade.None, new Dictionary<StarGroup, int>());
}

/// <summary>
/// 积分换星 as a pure function of (facts, rules): the async projection stores facts, and any
/// rule change is applied by calling this again over the same facts.
/// </summary>
public static class PointsCalculator
{
    public static PointsLedger Ledger(string ownerId, IEnumerable<PointFact> facts, PointsRules rules)
    {
        var entries = Entries(ownerId, facts, rules);
        var years = entries
            .GroupBy(e => e.Date.Year)
            .OrderBy(g => g.Key)
            .Select(g => Standing(g.Key, g, rules))
            .ToList();
        return new PointsLedger(ownerId, entries, years);
    }

    /// <summary>The owner's history, oldest first; a fact seen twice (replay) counts once, facts worth nothing are left out.</summary>
    public static IReadOnlyList<PointsEntry> Entries(string ownerId, IEnumerable<PointFact> facts, PointsRules rules) =>
        facts
            .Where(f => f.OwnerId == ownerId)
            .DistinctBy(f => (f.Source, f.SourceId))
            .OrderBy(f => f.At)
            .ThenBy(f => f.SourceId, StringComparer.Ordinal)
            .Select(f => new PointsEntry(ChinaTime.Today(f.At), f.Source, f.SourceId, PointsFor(f, rules), Reason(f, rules)))
            .Where(e => e.Points != 0m)
            .ToList();

    /// <summary>Stars for one year's entries: every PointsPerStar points one star, at most MaxStarsPerYear (and each group's cap).</summary>
    public static YearStanding Standing(int year, IEnumerable<PointsEntry> entriesOfYear, PointsRules rules)
    {
        var entries = entriesOfYear.ToList();
        var points = entries.Sum(e => e.Points);
        var byGroup = new Dictionary<StarGroup, int>();
        int stars;
        if (rules.Grouping is { } grouping)
        {
            foreach (var (group, cap) in grouping.Caps)
            {
                var groupPoints = entries.Where(e => grouping.GroupOf.GetValueOrDefault(e.Source) == group).Sum(e => e.Points);
                byGroup[group] = Math.Min(StarsFrom(groupPoints, rules), cap);
            }
            stars = Math.Min(byGroup.Values.Sum(), rules.MaxStarsPerYear);
        }
        else
        {
            stars = Math.Min(StarsFrom(points, rules), rules.MaxStarsPerYear);
        }
        return new YearStanding(year, points, stars, rules.GradeFor(stars), byGroup);
    }

    public static decimal PointsFor(PointFact fact, PointsRules rules) => fact switch
    {
        ConfirmedWishFact w => rules.PerConfirmedWish + (w.Rating >= rules.TopRating ? rules.TopRatingBonus : 0m),
        VolunteerHoursFact v => Math.Max(0m, v.Hours) * rules.PerVolunteerHour,
        ActionItemDoneFact => rules.PerActionItemDone,
        UnitClaimCompletedFact => rules.PerUnitClaimCompleted,
        UnitResourceUsedFact => rules.PerUnitResourceUsed,
        UnitAttendanceFact => rules.PerUnitAttendance,
        _ => 0m,
    };

    private static int StarsFrom(decimal points, PointsRules rules) =>
        rules.PointsPerStar <= 0m ? 0 : (int)Math.Floor(Math.Max(0m, points) / rules.PointsPerStar);

    private static string Reason(PointFact fact, PointsRules rules)
    {
        var title = fact.Title is { Length: > 0 } t ? $"「{t}」" : "";
        return fact switch
        {
            ConfirmedWishFact w => w.Rating >= rules.TopRating && rules.TopRatingBonus != 0m
                ? $"完成微心愿{title}（评价{w.Rating}星，含好评加{rules.TopRatingBonus:0.##}分）"
                : $"完成微心愿{title}（评价{w.Rating}星）",
            VolunteerHoursFact v => $"志愿服务{title}{v.Hours:0.#}小时",
            ActionItemDoneFact => $"督办事项{title}办结",
            UnitClaimCompletedFact c => $"认领{c.Kind}{title}完成",
            UnitResourceUsedFact => $"提供资源{title}被使用",
            UnitAttendanceFact => $"出席联席会议{title}",
            _ => "积分",
        };
    }
}
