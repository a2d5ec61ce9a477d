using JointMeeting.EventStore;
using JointMeeting.Server.Platform;
using JointMeeting.Server.Platform.Live;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JointMeeting.Server.VolunteerPosts;

public sealed class VolunteerPostsFeature : IFeature
{
    public void Register(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IInlineProjection, VolunteerPostProjection>();
        services.AddSingleton<VolunteerPostStore>();
        services.AddSingleton<VolunteerPostService>();
        services.AddScoped<VolunteerPostReadPolicy>();
        services.AddLiveNotices<VolunteerPostNotices>();
        services.AddSingleton<JointMeeting.Server.Platform.Seeds.ISeedSteps, VolunteerPostSeedSteps>();
    }
}
