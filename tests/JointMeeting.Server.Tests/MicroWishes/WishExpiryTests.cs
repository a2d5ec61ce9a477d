using JointMeeting.Server.MicroWishes;
using JointMeeting.Server.Tests.Support;
using JointMeeting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace JointMeeting.Server.Tests.MicroWishes;

/// <summary>The claim sweep under a controlled clock: a reminder a day before due, release when overdue, mail at the real SMTP sink.</summary>
public sealed class WishExpiryTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new();
    private AppHost _host = null!;
    private ServiceWorld _world = null!;

    public async Task InitializeAsync()
    {
        _host = await AppHost.StartAsync(demo: false, services: s => s.AddSingleton<TimeProvider>(_clock));
        _world = await ServiceWorld.CreateAsync(_host, members: 2);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Overdue_claim_is_reminded_then_released_and_republished_with_mail()
    {
        using var secretary = await _world.SignInAsync(_world.Secretary);
        var settings = await secretary.DataAsync("""
            mutation($input: SetWishSettingsInput!) { setWishSettings(input: $input) { fulfilWithinDays openClaimLimit version } }
            """, new { input = new { communityId = _world.CommunityId, fulfilWithinDays = 3, openClaimLimit = 2 } });
        Assert.Equal(3, settings.GetProperty("setWishSettings").GetProperty("fulfilWithinDays").GetInt32());
        var (wishId, _) = await _world.PublishedWishAsync(secretary, "逾期释放");
        var member = _world.Members[0];
        using var client = await _world.SignInAsync(member);
        var claimed = await client.DataAsync(WishOps.Claim, new { input = new { wishId } });
        var due = claimed.GetProperty("claimWish").GetProperty("dueAt").GetDateTimeOffset();
        Assert.InRange(due - _clock.GetUtcNow(), TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(3));

        var sweep = _host.Services.GetRequiredService<WishClaimsSweep>();
        var cards = _host.Services.GetRequiredService<WishCardStore>();
        await sweep.RunAsync(default); // nothing due yet (the scheduled job may run too: assert the state, not counts)
        Assert.False((await cards.FindAsync(wishId, default))!.Reminded);

        _clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(5)); // inside the last day: reminder
        await sweep.RunAsync(default);
        await sweep.RunAsync(default); // reminded once only
        Assert.True((await cards.FindAsync(wishId, default))!.Reminded);
        Assert.Equal(1L, await _host.ScalarAsync<long>("SELECT count(*) FROM events.events WHERE stream_id = $1 AND type = 'wish.claim-reminded'", $"wish-{wishId}"));
        var reminded = await SmtpSink.WaitForAsync(member.Email, m => m.Any(x => x.Str("subject").Contains("明天到期")), TimeSpan.FromSeconds(60));
        Assert.Contains(reminded, m => m.Str("subject").Contains("明天到期"));

        _clock.Advance(TimeSpan.FromDays(1)); // past due: the scheduled job (triggered now through Quartz) releases it
        var scheduler = await _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(WishClaimsJob.Key);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await cards.FindAsync(wishId, default))!.Status != JointMeeting.Domain.MicroWishes.WishStatus.Published && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        var card = (await cards.FindAsync(wishId, default))!;
        Assert.Equal(JointMeeting.Domain.MicroWishes.WishStatus.Published, card.Status);
        Assert.Null(card.ClaimantId);
        var types = await _host.ScalarAsync<string[]>("SELECT array_agg(type ORDER BY version) FROM events.events WHERE stream_id = $1", $"wish-{wishId}");
        Assert.Equal(["wish.submitted", "wish.published", "wish.claimed", "wish.claim-reminded", "wish.claim-expired"], types);
        var released = await SmtpSink.WaitForAsync(member.Email, m => m.Any(x => x.Str("subject").Contains("已释放")), TimeSpan.FromSeconds(60));
        var mail = released.First(x => x.Str("subject").Contains("已释放"));
        Assert.Contains("到期未完成", mail.Str("text"));
        Assert.Contains("<p>", mail.Str("html"));
        var staff = await SmtpSink.WaitForAsync(_world.Secretary.Email, m => m.Any(x => x.Str("subject").Contains("已重新发布")), TimeSpan.FromSeconds(60));
        Assert.Contains(staff, x => x.Str("subject").Contains("已重新发布")); // the community's secretary hears too
    }
}
