using JointMeeting.EventStore;
using JointMeeting.Server.Platform;
using JointMeeting.Server.Platform.Live;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace JointMeeting.Server.MicroWishes;

public sealed class WishesFeature : IFeature
{
    public void Register(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        // Server-side events of this feature (the domain's are registered by the platform).
        services.ConfigureEventStore(o => o.Events
            .Register<WishSettingsChanged>("wish-settings.changed")
            .Register<WishPushed>("wish-push.pushed"));
        services.AddSingleton<IInlineProjection, WishCardProjection>();
        services.AddSingleton<IInlineProjection, WishSettingsProjection>();
        services.AddSingleton<WishCardStore>();
        services.AddSingleton<WishMail>();
        services.TryAddSingleton<JointMeeting.Server.Accounts.SecretaryDirectory>();
        services.AddSingleton<WishService>();
        services.AddSingleton<WishPushService>();
        services.AddSingleton<WishHistory>();
        services.AddSingleton<WishClaimsSweep>();
        services.AddScoped<WishReadPolicy>();
        services.AddLiveNotices<WishNotices>();
        services.AddSingleton<JointMeeting.Server.Platform.Seeds.ISeedSteps, WishSeedSteps>();
        services.AddQuartz(q => q.ScheduleJob<WishClaimsJob>(
            trigger => trigger.WithIdentity("wish-claims", "micro-wishes").StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()),
            job => job.WithIdentity(WishClaimsJob.Key).WithDescription("Reminds claimants a day before due and releases overdue micro-wish claims")));
    }
}
