using JointMeeting.Server.Meetings;
using JointMeeting.Server.Tests.Platform;
using JointMeeting.Server.Tests.Support;
using JointMeeting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JointMeeting.Server.Tests.Meetings;

/// <summary>Two server nodes on one database plan the same committee's next meeting at once: it exists once and is sent once.</summary>
[Collection(SmtpSinkCollection.Name)]
public sealed class CadenceTests
{
    [Fact]
    public async Task Two_nodes_planning_at_once_create_next_quarters_meeting_once()
    {
        await using var first = await AppHost.StartAsync(demo: false);
        await using var second = await AppHost.StartOnAsync(first.Database);
        var world = await CycleWorld.CreateAsync(first, JointMeeting.Domain.Meetings.Cadence.Quarterly);
        var now = DateTimeOffset.UtcNow;

        var created = await Task.WhenAll(
            Enumerable.Range(0, 3).SelectMany(_ => new[] { first, second })
                .Select(host => host.Services.GetRequiredService<CadencePlanning>().PlanAllAsync(now, CancellationToken.None)));

        Assert.Single(created.SelectMany(c => c).Distinct());
        Assert.Single(created.SelectMany(c => c));
        var meetings = await first.ScalarAsync<long>("SELECT count(*) FROM meetings WHERE committee_id = $1", world.CommitteeId);
        Assert.Equal(1L, meetings);
        var period = await first.ScalarAsync<string>("SELECT period_key FROM meetings WHERE committee_id = $1", world.CommitteeId);
        Assert.Matches(@"^\d{4}-Q[1-4]$", period);
        var id = await first.ScalarAsync<string>("SELECT id FROM meetings WHERE committee_id = $1", world.CommitteeId);
        Assert.Equal($"{world.CommitteeId}.{period}", id);

        // Planning again (a later hourly run) adds nothing: the next meeting exists.
        Assert.Empty(await second.Services.GetRequiredService<CadencePlanning>().PlanAllAsync(now.AddHours(1), CancellationToken.None));

        var mails = await SmtpSink.WaitForAsync(world.Contacts[0].Email, m => m.Count >= 1, TimeSpan.FromSeconds(30));
        await Task.Delay(1500); // a duplicate invitation would arrive by now
        Assert.Single(await SmtpSink.MessagesToAsync(world.Contacts[0].Email));
        Assert.StartsWith("会议通知", mails[0].GetProperty("subject").GetString());
    }
}
