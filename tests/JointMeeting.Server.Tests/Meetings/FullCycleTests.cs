using System.Text.Json;
using JointMeeting.Domain.Common;
using JointMeeting.Server.ActionItems;
using JointMeeting.Server.Meetings;
using JointMeeting.Server.Tests.Platform;
using JointMeeting.Server.Tests.Support;
using JointMeeting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JointMeeting.Server.Tests.Meetings;

/// <summary>
/// Issue 6's full cycle over HTTP with a settable clock: collect → match → meet → minutes → action items → one overdue →
/// escalated → carried over → reviewed, and the cycle's figures (办结率, claims and attendance per unit, overdue) checked.
/// </summary>
[Collection(SmtpSinkCollection.Name)]
public sealed class FullCycleTests
{
    private static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'");

    [Fact]
    public async Task Collect_match_meet_minutes_action_items_overdue_escalated_carried_over_reviewed_with_figures()
    {
        var clock = new CycleClock();
        await using var host = await AppHost.StartAsync(demo: false, services: s => s.AddSingleton<TimeProvider>(clock));
        var world = await CycleWorld.CreateAsync(host);
        var secretary = await world.SignInAsync(world.Secretary);
        var unit0 = await world.SignInAsync(world.Contacts[0]);
        var unit1 = await world.SignInAsync(world.Contacts[1]);
        // Sessions expire by the server's clock (12 h): moving it days ahead means signing in again.
        async Task AdvanceAsync(TimeSpan by)
        {
            clock.Advance(by);
            secretary = await world.SignInAsync(world.Secretary);
            unit0 = await world.SignInAsync(world.Contacts[0]);
            unit1 = await world.SignInAsync(world.Contacts[1]);
        }
        DateOnly Today() => ChinaTime.Today(clock.GetUtcNow());

        // 征集: a need and a unit's resource; 梳理: the system proposes the match with its reason.
        var needId = (await secretary.DataAsync("mutation($input: PostNeedInput!) { postNeed(input: $input) { id } }", new
        {
            input = new
            {
                organisationId = world.CommunityId, title = "独居老人定期探访", category = "ELDERLY_AND_DISABLED_CARE", description = "12位独居老人需要每周探访。",
                place = "金碧新城", urgency = "MEDIUM", whatIsNeeded = "志愿者每周2人次", quantityNeeded = 2, deadline = Today().AddDays(40).ToString("yyyy-MM-dd"),
            },
        })).Str("postNeed", "id");
        var resourceId = (await unit0.DataAsync("mutation($input: OfferResourceInput!) { offerResource(input: $input) { id } }", new
        {
            input = new
            {
                unitId = world.UnitIds[0], organisationId = world.CommunityId, kind = "VOLUNTEERS", title = "医护志愿者", description = "每周可出4人次",
                capacity = 4, capacityUnit = "人次", availableFrom = Today().ToString("yyyy-MM-dd"), availableUntil = Today().AddDays(90).ToString("yyyy-MM-dd"), place = "社区",
            },
        })).Str("offerResource", "id");
        var suggestions = (await secretary.DataAsync("query($id: ID!) { matchSuggestions(needId: $id) { resourceId score reason } }", new { id = needId }))
            .GetProperty("matchSuggestions");
        Assert.Equal(resourceId, suggestions[0].Str("resourceId"));
        Assert.Contains("类别匹配", suggestions[0].Str("reason"));
        Assert.Contains("同社区", suggestions[0].Str("reason"));

        var projectId = (await secretary.DataAsync("mutation($input: DraftProjectInput!) { draftProject(input: $input) { id } }", new
        {
            input = new { organisationId = world.CommunityId, title = "关爱独居老人", description = "医护志愿者每周探访", needId, resourceIds = new[] { resourceId }, ownerUnitIds = new[] { world.UnitIds[0] } },
        })).Str("draftProject", "id");

        // 召集 and 召开.
        var start = clock.GetUtcNow().AddDays(2);
        var m1 = (await secretary.DataAsync("mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }",
            new { input = new { committeeId = world.CommitteeId, startsAt = Utc(start), endsAt = Utc(start.AddHours(2)), place = "会议室" } })).Str("scheduleMeeting", "id");
        await secretary.DataAsync("mutation($input: ProposeProjectInput!) { proposeProject(input: $input) { status } }", new { input = new { projectId, meetingId = m1 } });
        await AdvanceAsync(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(10));
        await unit0.DataAsync("mutation($input: SignInInput!) { signIn(input: $input) { signedInCount } }", new { input = new { meetingId = m1 } });
        var meeting = (await secretary.DataAsync("query($id: ID!) { meeting(id: $id) { phase agenda { id kind refId } } }", new { id = m1 })).GetProperty("meeting");
        Assert.Equal("IN_PROGRESS", meeting.Str("phase"));
        var item = meeting.GetProperty("agenda").EnumerateArray().Single(a => a.Str("kind") == "PROJECT");
        await secretary.DataAsync("mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { version } }",
            new { input = new { meetingId = m1, agendaItemId = item.Str("id"), outcome = "APPROVED", note = "立项，由康宁医院牵头" } });
        await CycleWorld.EventuallyAsync(async () => (await secretary.DataAsync("query($id: ID!) { project(id: $id) { status } }", new { id = projectId }))
            .Str("project", "status") == "APPROVED", "the decision applied to the project");

        // 双向认领 during the cycle: unit 1 claims the need, the community claims unit 0's volunteers.
        var claim = (await unit1.DataAsync("mutation($input: ClaimNeedInput!) { claimNeed(input: $input) { claims { id } } }",
            new { input = new { needId, unitId = world.UnitIds[1] } })).GetProperty("claimNeed").GetProperty("claims")[0].Str("id");
        await secretary.DataAsync("mutation($input: NeedClaimInput!) { confirmNeedClaim(input: $input) { status } }", new { input = new { needId, claimId = claim } });
        await secretary.DataAsync("mutation($input: ClaimResourceInput!) { claimResource(input: $input) { remaining } }",
            new { input = new { resourceId, organisationId = world.CommunityId, quantity = 2, purpose = "每周探访" } });

        // 会议纪要: drafted, approved by the convener, published and mailed.
        await secretary.DataAsync("mutation($input: DraftMinutesInput!) { draftMinutes(input: $input) { minutesStatus } }",
            new { input = new { meetingId = m1, text = "会议审议通过关爱独居老人项目。" } });
        var notConvener = await unit0.SendAsync("mutation($input: MeetingActionInput!) { approveMinutes(input: $input) { minutesStatus } }", new { input = new { meetingId = m1 } });
        Assert.Equal("FORBIDDEN", notConvener.Code);
        await secretary.DataAsync("mutation($input: MeetingActionInput!) { approveMinutes(input: $input) { minutesStatus } }", new { input = new { meetingId = m1 } });
        var edit = await secretary.SendAsync("mutation($input: DraftMinutesInput!) { draftMinutes(input: $input) { minutesStatus } }", new { input = new { meetingId = m1, text = "改" } });
        Assert.Equal("CONFLICT", edit.Code);
        await secretary.DataAsync("mutation($input: MeetingActionInput!) { publishMinutes(input: $input) { minutesStatus } }", new { input = new { meetingId = m1 } });
        var minutesMail = await SmtpSink.WaitForAsync(world.Contacts[2].Email, m => m.Any(x => x.GetProperty("subject").GetString()!.StartsWith("会议纪要")), TimeSpan.FromSeconds(30));
        Assert.Contains(minutesMail, x => x.GetProperty("text").GetString()!.Contains("关爱独居老人项目"));

        // 督办事项 from the decision; one without owner is refused naming the field.
        const string create = "mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id status } }";
        var noOwner = await secretary.SendAsync(create, new { input = new { meetingId = m1, agendaItemId = item.Str("id"), title = "无主事项", dueDate = Today().AddDays(3).ToString("yyyy-MM-dd") } });
        Assert.Equal("VALIDATION", noOwner.Code);
        Assert.True(noOwner.Errors[0].GetProperty("extensions").GetProperty("fields").TryGetProperty("owner", out _));
        var itemA = (await secretary.DataAsync(create, new { input = new { meetingId = m1, agendaItemId = item.Str("id"), title = "组建探访队", ownerKind = "UNIT", ownerId = world.UnitIds[0], dueDate = Today().AddDays(5).ToString("yyyy-MM-dd") } })).Str("createActionItem", "id");
        var itemB = (await secretary.DataAsync(create, new { input = new { meetingId = m1, agendaItemId = item.Str("id"), title = "建立老人档案", ownerKind = "UNIT", ownerId = world.UnitIds[1], dueDate = Today().AddDays(2).ToString("yyyy-MM-dd"), remindDaysBefore = 1 } })).Str("createActionItem", "id");
        await unit0.DataAsync("mutation($input: ActionItemActionInput!) { completeActionItem(input: $input) { status } }", new { input = new { actionItemId = itemA, note = "已组建" } });

        // B falls overdue: the supervision job escalates it to the convener.
        await AdvanceAsync(TimeSpan.FromDays(4));
        var supervision = host.Services.GetRequiredService<ActionItemSupervision>();
        await supervision.CheckDueAsync(clock.GetUtcNow(), CancellationToken.None);
        var board = (await secretary.DataAsync("query($org: ID!) { supervisionBoard(organisationId: $org) { id overdue escalated status } }", new { org = world.CommunityId }))
            .GetProperty("supervisionBoard");
        Assert.Equal(itemB, board[0].Str("id")); // overdue first
        Assert.True(board[0].GetProperty("overdue").GetBoolean());
        Assert.True(board[0].GetProperty("escalated").GetBoolean());
        await SmtpSink.WaitForAsync(world.Secretary.Email, m => m.Any(x => x.GetProperty("subject").GetString()!.StartsWith("逾期督办")), TimeSpan.FromSeconds(30));
        Assert.Contains(await SmtpSink.MessagesToAsync(world.Secretary.Email), x => x.GetProperty("subject").GetString()!.StartsWith("逾期督办"));

        // The next meeting: B is carried onto its agenda by the reaction.
        var start2 = clock.GetUtcNow().AddDays(3);
        var m2 = (await secretary.DataAsync("mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id cycleNumber } }",
            new { input = new { committeeId = world.CommitteeId, startsAt = Utc(start2), endsAt = Utc(start2.AddHours(2)), place = "会议室" } })).GetProperty("scheduleMeeting");
        Assert.Equal(2, m2.Int("cycleNumber"));
        await CycleWorld.EventuallyAsync(async () => (await secretary.DataAsync("query($id: ID!) { meeting(id: $id) { agenda { kind refId } } }", new { id = m2.Str("id") }))
            .GetProperty("meeting").GetProperty("agenda").EnumerateArray().Any(a => a.Str("kind") == "CARRIED_OVER_ACTION_ITEM" && a.Str("refId") == itemB),
            "the overdue item on the next meeting's agenda");

        // 评议 at the next meeting.
        await AdvanceAsync(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(5));
        const string review = "mutation($input: ReviewActionItemInput!) { reviewActionItem(input: $input) { review } }";
        Assert.Equal("LATE", (await secretary.DataAsync(review, new { input = new { actionItemId = itemB, reviewMeetingId = m2.Str("id"), satisfaction = 3 } })).Str("reviewActionItem", "review"));
        Assert.Equal("DONE", (await secretary.DataAsync(review, new { input = new { actionItemId = itemA, reviewMeetingId = m2.Str("id"), satisfaction = 5 } })).Str("reviewActionItem", "review"));

        // Each item's history, read from its stream: who did what, in order, in words.
        const string history = "query($id: ID!) { actionItem(id: $id) { history { version action byName percent detail } } }";
        var historyB = (await secretary.DataAsync(history, new { id = itemB })).GetProperty("actionItem").GetProperty("history").EnumerateArray().ToList();
        Assert.Equal("生成督办事项", historyB[0].Str("action"));
        Assert.Equal(world.Secretary.Name, historyB[0].Str("byName"));
        Assert.Contains(historyB, h => h.Str("action") == "逾期上报召集人");
        Assert.Contains(historyB, h => h.Str("action") == "转入下次会议");
        Assert.Equal("会议评议", historyB[^1].Str("action"));
        Assert.StartsWith("逾期；群众满意度3分", historyB[^1].Str("detail"));
        Assert.Equal(historyB.Select(h => h.Int("version")).OrderBy(v => v), historyB.Select(h => h.Int("version")));
        var historyA = (await secretary.DataAsync(history, new { id = itemA })).GetProperty("actionItem").GetProperty("history").EnumerateArray().ToList();
        var completed = historyA.Single(h => h.Str("action") == "办结");
        Assert.Equal((100, "已组建"), (completed.Int("percent"), completed.Str("detail")));
        Assert.False(string.IsNullOrEmpty(completed.Str("byName")));

        // Figures of cycle 1.
        await host.Services.GetRequiredService<CycleFiguresBoard>().RefreshAllAsync(CancellationToken.None);
        var figures = (await secretary.DataAsync("""
            query($c: ID!) { cycleFigures(committeeId: $c) { cycleNumber itemsDue itemsClosed closureRate overdueCount
              units { unitId claims confirmedClaims invited attended itemsDue itemsClosed overdue } } }
            """, new { c = world.CommitteeId })).GetProperty("cycleFigures");
        var cycle1 = figures.EnumerateArray().Single(c => c.Int("cycleNumber") == 1);
        Assert.Equal(2, cycle1.Int("itemsDue"));
        Assert.Equal(1, cycle1.Int("itemsClosed"));
        Assert.Equal(0.5, cycle1.GetProperty("closureRate").GetDouble());
        Assert.Equal(1, cycle1.Int("overdueCount"));
        JsonElement Unit(int i) => cycle1.GetProperty("units").EnumerateArray().Single(u => u.Str("unitId") == world.UnitIds[i]);
        Assert.Equal((1, 1, 1, 1, 0), (Unit(0).Int("claims"), Unit(0).Int("attended"), Unit(0).Int("invited"), Unit(0).Int("itemsClosed"), Unit(0).Int("overdue")));
        Assert.Equal((1, 1, 0, 1, 0, 1), (Unit(1).Int("claims"), Unit(1).Int("confirmedClaims"), Unit(1).Int("attended"), Unit(1).Int("itemsDue"), Unit(1).Int("itemsClosed"), Unit(1).Int("overdue")));

        var scorecard = (await secretary.DataAsync("query($u: ID!) { unitScorecard(unitId: $u) { cycles attended invited closureRate overdue } }", new { u = world.UnitIds[0] }))
            .GetProperty("unitScorecard");
        Assert.Equal(1.0, scorecard.GetProperty("closureRate").GetDouble());
        Assert.Equal(1, scorecard.Int("attended"));
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM unit_point_facts WHERE unit_id = $1 AND reason = 'MeetingAttended'", world.UnitIds[0]));

        // CSV export of the supervision list: UTF-8 with BOM, scope checked.
        var csv = await secretary.Http.GetByteArrayAsync($"exports/action-items.csv?organisationId={world.CommunityId}");
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.Contains("建立老人档案", System.Text.Encoding.UTF8.GetString(csv));
        using var foreign = await unit1.Http.GetAsync($"exports/needs.csv?organisationId={world.CommunityId}");
        Assert.Equal(403, (int)foreign.StatusCode);
        var print = await unit0.Http.GetStringAsync($"meetings/{m1}/minutes/print");
        Assert.Contains("会议审议通过关爱独居老人项目", print);
        Assert.Contains("@media print", print);
    }
}
