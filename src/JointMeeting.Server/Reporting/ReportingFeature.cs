using JointMeeting.Server.Platform.Live;
using JointMeeting.Server.Platform.Seeds;
using JointMeeting.EventStore;
using JointMeeting.Server.Platform;

namespace JointMeeting.Server.Reporting;

public sealed class ReportingFeature : IFeature
{
    public void Register(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ISeedSteps, ReportingSeedSteps>();
        services.AddSingleton<IInlineProjection, ReportingProjection>();
        services.AddSingleton<ReportingReadModel>();
        services.AddSingleton<IReportingDirectory>(sp => sp.GetRequiredService<ReportingReadModel>());
        services.AddSingleton<ReportingService>();
        services.AddSingleton<ReportingQueries>();
        services.AddLiveNotices<IssueFourNotices>();
        services.AddSingleton<ServiceRecords>();
    }
}
