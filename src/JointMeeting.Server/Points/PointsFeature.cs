using JointMeeting.EventStore;
using JointMeeting.Server.Platform;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace JointMeeting.Server.Points;

public sealed class PointsFeature : IFeature
{
    public void Register(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PointsRulesSource>();
        services.AddSingleton<PointsProjection>();
        services.AddSingleton<IAsyncProjection>(sp => sp.GetRequiredService<PointsProjection>());
        services.AddSingleton<PointsStore>();
        services.AddSingleton<UnitServiceReports>();
        services.AddSingleton<PointsRecomputations>();
        // 08:00 China time on the first day of each quarter = 00:00 UTC (China keeps +08:00 all year); clustered, so one node sends.
        // UTC on purpose: looking up "Asia/Shanghai" here blocked host start-up on machines without tzdata.
        services.AddQuartz(q => q.ScheduleJob<UnitServiceReportJob>(
            trigger => trigger.WithIdentity("unit-service-reports", "points")
                .WithCronSchedule("0 0 0 1 1,4,7,10 ?", c => c.InTimeZone(TimeZoneInfo.Utc)),
            job => job.WithIdentity(UnitServiceReportJob.Key).WithDescription("双报告: the previous quarter's service summary to every unit contact")));
    }
}
