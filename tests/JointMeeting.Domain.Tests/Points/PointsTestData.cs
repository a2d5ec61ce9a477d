namespace JointMeeting.Domain.Tests.Points;

internal static class PointsTestData
{
    public const string Member = "m1";
    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static DateTimeOffset On(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, China);
}
