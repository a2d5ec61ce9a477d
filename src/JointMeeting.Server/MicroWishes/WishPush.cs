using JointMeeting.Domain.Common;
using JointMeeting.Domain.MicroWishes;
using JointMeeting.Domain.Reporting;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Platform.Email;
using JointMeeting.Server.Platform.Hosting;
using JointMeeting.Server.Reporting;
using Microsoft.Extensions.Options;

namespace JointMeeting.Server.MicroWishes;

public sealed record PushedMember(string PersonId, int Score, string Reason);

/// <summary>A secretary pushed a wish to its best-matched members (stream "wish-push-{wishId}", so the wish's own version is untouched).</summary>
public sealed record WishPushed(string WishId, string CommunityId, IReadOnlyList<PushedMember> Members, string By, DateTimeOffset At);

public sealed record PushWish(Actor Actor, DateTimeOffset Now, Wish Wish, IReadOnlyList<PushedMember> Members);

public sealed record WishPushLog(string WishId, int Pushes);

public sealed class WishPushDecider : IDecider<PushWish, WishPushed, WishPushLog>
{
    public static WishPushLog? Initial => null;

    public static IReadOnlyList<WishPushed> Decide(PushWish c, WishPushLog? state)
    {
        WishPolicy.DemandManage(c.Actor, c.Wish);
        if (c.Wish.Status != WishStatus.Published) throw DomainException.Conflict($"只能推送待认领的心愿（{c.Wish.StatusText}）");
        if (c.Members.Count == 0) throw DomainException.Conflict("暂无与该心愿匹配的报到党员");
        return [new WishPushed(c.Wish.WishId, c.Wish.Community.CommunityId!, c.Members, c.Actor.PersonId, c.Now)];
    }

    public static WishPushLog? Evolve(WishPushLog? state, WishPushed e) => new(e.WishId, (state?.Pushes ?? 0) + 1);
}

/// <summary>pushWish: rank the community's (or street's, when widened) reported members for the wish, notify the best.</summary>
public sealed class WishPushService(
    CommandExecutor executor, WishCardStore cards, IReportingDirectory reporting, IPeopleDirectory people,
    IMailOutbox outbox, IOptions<AppOptions> app, TimeProvider clock)
{
    public static readonly Aggregate<PushWish, WishPushed, WishPushLog, WishPushDecider> Pushes =
        Aggregate.Of<PushWish, WishPushed, WishPushLog, WishPushDecider>("wish-push");

    public async Task<IReadOnlyList<PushedMember>> PushAsync(Actor actor, PushWishInput input, CancellationToken ct)
    {
        var card = await cards.FindAsync(input.WishId, ct) ?? throw DomainException.NotFound("心愿");
        var wish = card.ToWish();
        WishPolicy.DemandManage(actor, wish); // before reading the member list
        var now = clock.GetUtcNow();
        var members = await reporting.MembersOfAsync(card.Community.CommunityId!, card.Widened, ct);
        var ranked = WishRanking.BestMembersFor(card.ToCandidate(), members.Select(WishProfiles.Of), now, Math.Clamp(input.Take ?? 10, 1, 50));
        var pushed = ranked.Select(r => new PushedMember(r.Member.MemberId, r.Score, r.Reason)).ToList();
        var contacts = await people.FindManyAsync(pushed.Select(p => p.PersonId), ct);
        var link = app.Value.Link($"/wishes/{card.Id}");
        await executor.ExecuteAsync(Pushes, card.Id, new PushWish(actor, now, wish, pushed), new WriteOptions(Actor: actor,
            AfterEvents: async (ctx, token) =>
            {
                foreach (var member in pushed)
                {
                    if (!contacts.TryGetValue(member.PersonId, out var c) || c.Email is not { Length: > 0 }) continue;
                    var mail = WishMail.Mail(c, $"为您推荐：{card.Title}",
                        $"{c.DisplayName}，您好：\n\n社区向您推荐一个微心愿「{card.Title}」（{card.Category.Label()}），推荐理由：{member.Reason}。\n\n{card.Description}\n\n查看并认领：{link}");
                    await outbox.EnqueueAsync(ctx.Connection, ctx.Transaction, mail with { DedupeKey = $"{ctx.StreamId}:{ctx.Events[0].Version}:{member.PersonId}" }, token);
                }
            }), ct);
        return pushed;
    }
}

/// <summary>A reported member as the domain's ranking sees them.</summary>
public static class WishProfiles
{
    public static MemberProfile Of(ReportedMember m) => new(
        m.PersonId, m.Reporting.Grid, m.Reporting.Building,
        m.Profile.Skills.Select(SkillWord).ToList(),
        m.Profile.PreferredCategories
            .SelectMany(label => Enum.GetValues<WishCategory>().Where(c => c.Label() == label.Trim())).Distinct().ToList(),
        m.Profile.Availability.Select(a => a.Day).ToHashSet());

    /// <summary>The word WishCategories.BySkill knows for a declared skill (养老护理 serves elder care as 护理).</summary>
    private static string SkillWord(Skill skill) => skill == Skill.ElderlyCare ? "护理" : SkillLabels.All[skill];
}
