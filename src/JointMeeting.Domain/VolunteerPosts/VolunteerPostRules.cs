namespace JointMeeting.Domain.VolunteerPosts;

/// <summary>Kinds of community volunteer task (DOMAIN.md §5); labels are what users see.</summary>
public enum VolunteerPostCategory
{
    GarbageSorting, CivilityCampaign, EpidemicDuty, TrafficCivility, EnvironmentCleanup, SafetyPatrol, ElderlyVisit, Other,
}

public static class VolunteerPostCategories
{
    public static string Label(this VolunteerPostCategory category) => category switch
    {
        VolunteerPostCategory.GarbageSorting => "垃圾分类督导",
        VolunteerPostCategory.CivilityCampaign => "文明创建",
        VolunteerPostCategory.EpidemicDuty => "防疫值守",
        VolunteerPostCategory.TrafficCivility => "交通文明劝导",
        VolunteerPostCategory.EnvironmentCleanup => "环境整治",
        VolunteerPostCategory.SafetyPatrol => "平安巡逻",
        VolunteerPostCategory.ElderlyVisit => "关爱走访",
        _ => "其他",
    };
}

/// <summary>Fixed limits of volunteer posts and how hours are counted.</summary>
public static class VolunteerPostRules
{
    public const int MinSlots = 1;
    public const int MaxSlots = 500;
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(24);

    /// <summary>Check-in opens this long before the start and closes this long after it.</summary>
    public static readonly TimeSpan CheckInOpensBefore = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan CheckInClosesAfter = TimeSpan.FromMinutes(60);

    /// <summary>Hours never exceed the scheduled length plus this, however late someone checks out.</summary>
    public static readonly TimeSpan CheckOutGrace = TimeSpan.FromMinutes(30);

    /// <summary>Time on site in hours, to the nearest half hour (a quarter hour rounds up), capped by the schedule plus grace.</summary>
    public static decimal Hours(DateTimeOffset checkedInAt, DateTimeOffset checkedOutAt, TimeSpan scheduled)
    {
        var onSite = checkedOutAt - checkedInAt;
        if (onSite <= TimeSpan.Zero) return 0m;
        var rounded = Math.Round((decimal)onSite.TotalMinutes / 30m, MidpointRounding.AwayFromZero) / 2m;
        var cap = Math.Floor((decimal)(scheduled + CheckOutGrace).TotalMinutes / 30m) / 2m;
        return Math.Min(rounded, cap);
    }
}
