namespace JointMeeting.Domain.Points;

/// <summary>The "532" groups: 5 common (共性星), 3 duty (履职星), 2 chosen (自选星) stars.</summary>
public enum StarGroup { Common, Duty, Chosen }

/// <summary>Grade of a year's stars, shown as the star colour.</summary>
public enum StarGrade { None, Red, Silver, Gold }

/// <summary>Optional "532" grouping: which source feeds which group, and each group's yearly star cap.</summary>
public sealed record StarGrouping(IReadOnlyDictionary<StarGroup, int> Caps, IReadOnlyDictionary<PointSource, StarGroup> GroupOf)
{
    /// <summary>
    /// Common service everyone does (volunteer hours, meeting attendance), duties assigned
    /// (action items, completed claims) and what the member or unit chose (wishes, resources).
    /// </summary>
    public static readonly StarGrouping FiveThreeTwo = new(
        new Dictionary<StarGroup, int> { [StarGroup.Common] = 5, [StarGroup.Duty] = 3, [StarGroup.Chosen] = 2 },
        new Dictionary<PointSource, StarGroup>
        {
            [PointSource.VolunteerHours] = StarGroup.Common,
            [PointSource.UnitAttendance] = StarGroup.Common,
            [PointSource.ActionItemDone] = StarGroup.Duty,
            [PointSource.UnitClaimCompleted] = StarGroup.Duty,
            [PointSource.ConfirmedWish] = StarGroup.Chosen,
            [PointSource.UnitResourceUsed] = StarGroup.Chosen,
        });
}

/// <summary>
/// Configuration of 积分换星. Points and stars are always recomputed from facts with the rules in
/// force, so changing a value here changes every result, history included.
/// Grades by a year's stars: 金星 (gold) from 8, 银星 (silver) from 5, 红星 (red) from 1.
/// </summary>
public sealed record PointsRules
{
    public decimal PerConfirmedWish { get; init; } = 2m;
    /// <summary>Extra points when the resident rates the fulfilment at least <see cref="TopRating"/>.</summary>
    public decimal TopRatingBonus { get; init; } = 1m;
    public int TopRating { get; init; } = 5;
    public decimal PerVolunteerHour { get; init; } = 1m;
    public decimal PerActionItemDone { get; init; } = 3m;
    public decimal PerUnitClaimCompleted { get; init; } = 5m;
    public decimal PerUnitResourceUsed { get; init; } = 2m;
    public decimal PerUnitAttendance { get; init; } = 1m;

    public decimal PointsPerStar { get; init; } = 10m;
    public int MaxStarsPerYear { get; init; } = 10;
    /// <summary>Null: stars from total points; set: each group's points make its own capped stars.</summary>
    public StarGrouping? Grouping { get; init; }

    public int GoldFromStars { get; init; } = 8;
    public int SilverFromStars { get; init; } = 5;
    public int RedFromStars { get; init; } = 1;

    public static readonly PointsRules Default = new();

    public StarGrade GradeFor(int stars) =>
        stars >= GoldFromStars ? StarGrade.Gold
        : stars >= SilverFromStars ? StarGrade.Silver
        : stars >= RedFromStars ? StarGrade.Red
        : StarGrade.None;
}

public static class StarGrades
{
    public static string Label(this StarGrade grade) => grade switch
    {
        StarGrade.Gold => "金星",
        StarGrade.Silver => "银星",
        StarGrade.Red => "红星",
        _ => "无",
    };

    public static string Label(this StarGroup group) => group switch
    {
        StarGroup.Common => "共性星",
        StarGroup.Duty => "履职星",
        _ => "自选星",
    };
}
