using JointMeeting.EventStore;
using JointMeeting.Server.Platform;
using JointMeeting.Server.Platform.Seeds;

namespace JointMeeting.Server.Committees;

public sealed class CommitteesFeature : IFeature
{
    public void Register(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IInlineProjection, CommitteeProjection>();
        services.AddSingleton<CommitteeReadModel>();
        services.AddSingleton<CommitteeService>();
        services.AddSingleton<ISeedSteps, CommitteeSeedSteps>();
    }
}
