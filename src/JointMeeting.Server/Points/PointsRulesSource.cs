using JointMeeting.Domain.Points;

namespace JointMeeting.Server.Points;

/// <summary>
/// The <c>Points</c> configuration section (e.g. <c>Points__PerVolunteerHour=2</c>, <c>Points__FiveThreeTwo=true</c>),
/// read afresh on every use so a changed rule applies to the next computation; <c>recomputePoints</c> then
/// rebuilds the stored standings from the facts.
/// </summary>
public sealed class PointsRulesSource(IConfiguration configuration)
{
    public const string Section = "Points";

    public PointsRules Current
    {
        get
        {
            var s = configuration.GetSection(Section);
            var d = PointsRules.Default;
            decimal Dec(string key, decimal fallback) => decimal.TryParse(s[key], System.Globalization.NumberStyles.Number,
                System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : fallback;
            int Int(string key, int fallback) => int.TryParse(s[key], out var v) ? v : fallback;
            return new PointsRules
            {
                PerConfirmedWish = Dec(nameof(d.PerConfirmedWish), d.PerConfirmedWish),
                TopRatingBonus = Dec(nameof(d.TopRatingBonus), d.TopRatingBonus),
                TopRating = Int(nameof(d.TopRating), d.TopRating),
                PerVolunteerHour = Dec(nameof(d.PerVolunteerHour), d.PerVolunteerHour),
                PerActionItemDone = Dec(nameof(d.PerActionItemDone), d.PerActionItemDone),
                PerUnitClaimCompleted = Dec(nameof(d.PerUnitClaimCompleted), d.PerUnitClaimCompleted),
                PerUnitResourceUsed = Dec(nameof(d.PerUnitResourceUsed), d.PerUnitResourceUsed),
                PerUnitAttendance = Dec(nameof(d.PerUnitAttendance), d.PerUnitAttendance),
                PointsPerStar = Dec(nameof(d.PointsPerStar), d.PointsPerStar),
                MaxStarsPerYear = Int(nameof(d.MaxStarsPerYear), d.MaxStarsPerYear),
                GoldFromStars = Int(nameof(d.GoldFromStars), d.GoldFromStars),
                SilverFromStars = Int(nameof(d.SilverFromStars), d.SilverFromStars),
                RedFromStars = Int(nameof(d.RedFromStars), d.RedFromStars),
                Grouping = bool.TryParse(s["FiveThreeTwo"], out var grouped) && grouped ? StarGrouping.FiveThreeTwo : null,
            };
        }
    }
}
