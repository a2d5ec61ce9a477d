using System.Net;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.MicroWishes;
using JointMeeting.EventStore;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.Platform.Email;
using JointMeeting.Server.Platform.Hosting;
using Microsoft.Extensions.Options;

namespace JointMeeting.Server.MicroWishes;

/// <summary>
/// The mails a wish's events send (Chinese, text + HTML), queued in the append's transaction so they go
/// exactly when the events commit. One mail per recipient, deduplicated by stream version and person.
/// </summary>
public sealed class WishMail(IMailOutbox outbox, IPeopleDirectory people, SecretaryDirectory secretaries, IOptions<AppOptions> app)
{
    /// <summary>Queues what <paramref name="ctx"/>'s events call for. <paramref name="known"/>: contacts already fetched (the claimant on a claim).</summary>
    public async Task EnqueueAsync(AppendContext ctx, WishCard card, IReadOnlyDictionary<string, PersonContact>? known, CancellationToken ct)
    {
        foreach (var recorded in ctx.Events)
        {
            foreach (var (personId, mail) in await ComposeAsync(recorded, card, known, ct))
                outbox.Defer(ctx, mail with { DedupeKey = $"{recorded.StreamId}:{recorded.Version}:{personId}" });
        }
    }

    private async Task<IReadOnlyList<(string PersonId, MailMessage Mail)>> ComposeAsync(
        RecordedEvent recorded, WishCard card, IReadOnlyDictionary<string, PersonContact>? known, CancellationToken ct)
    {
        var link = app.Value.Link($"/wishes/{card.Id}");
        var title = card.Title;
        switch (recorded.Data)
        {
            case WishClaimed e:
                return await ToPeopleAsync([e.MemberId], known, ct, c => Mail(c, $"认领成功：{title}",
                    $"{c.DisplayName}，您好：\n\n您已成功认领微心愿「{title}」。请在 {Local(e.DueAt)} 前完成并上传完成情况，逾期未完成将自动释放给其他党员。\n\n查看心愿：{link}"));
            case WishClaimReminded e:
                return await ToPeopleAsync([e.MemberId], known, ct, c => Mail(c, $"提醒：微心愿「{title}」将于明天到期",
                    $"{c.DisplayName}，您好：\n\n您认领的微心愿「{title}」须在 {Local(e.DueAt)} 前完成。如已完成，请及时登记完成情况；如无法完成，请主动放弃认领，以便其他党员认领。\n\n查看心愿：{link}"));
            case WishReleased e:
                return await ReleasedAsync(e.MemberId, title, link, e.Reason is { Length: > 0 } r ? $"认领人已放弃认领（理由：{r}）" : "认领人已放弃认领", card, known, ct);
            case WishClaimExpired e:
                return await ReleasedAsync(e.MemberId, title, link, $"认领已于 {Local(e.DueAt)} 到期未完成，系统已自动释放", card, known, ct);
            case WishFulfilled e:
                return await ToSecretariesAsync(card, ct, c => Mail(c, $"待确认：微心愿「{title}」已完成",
                    $"{c.DisplayName}，您好：\n\n党员已完成微心愿「{title}」，完成说明：{e.Note}\n\n请与居民核实后确认并评价。\n\n去确认：{link}"));
            case WishConfirmed e:
                return await ToPeopleAsync([e.MemberId], known, ct, c => Mail(c, $"感谢您：微心愿「{title}」已确认办结",
                    $"{c.DisplayName}，您好：\n\n您完成的微心愿「{title}」已由社区确认办结，居民评价 {e.Rating} 星。\n\n感谢语：{e.Thanks}\n\n查看心愿：{link}"));
            case WishDisputed e:
                return await ToPeopleAsync([e.MemberId], known, ct, c => Mail(c, $"退回：微心愿「{title}」需继续完成",
                    $"{c.DisplayName}，您好：\n\n社区退回了微心愿「{title}」的完成情况，理由：{e.Reason}\n请在 {Local(e.DueAt)} 前继续完成。\n\n查看心愿：{link}"));
            default:
                return [];
        }
    }

    private async Task<IReadOnlyList<(string, MailMessage)>> ReleasedAsync(
        string memberId, string title, string link, string why, WishCard card, IReadOnlyDictionary<string, PersonContact>? known, CancellationToken ct)
    {
        var toMember = await ToPeopleAsync([memberId], known, ct, c => Mail(c, $"微心愿「{title}」已释放",
            $"{c.DisplayName}，您好：\n\n您认领的微心愿「{title}」已释放：{why}。该心愿已重新发布，欢迎再次参与。\n\n查看心愿：{link}"));
        var toStaff = await ToSecretariesAsync(card, ct, c => Mail(c, $"微心愿「{title}」已重新发布",
            $"{c.DisplayName}，您好：\n\n微心愿「{title}」{why}，已重新发布，等待其他党员认领。\n\n查看心愿：{link}"));
        return [.. toMember, .. toStaff];
    }

    private async Task<IReadOnlyList<(string, MailMessage)>> ToPeopleAsync(
        IReadOnlyList<string> ids, IReadOnlyDictionary<string, PersonContact>? known, CancellationToken ct, Func<PersonContact, MailMessage> compose)
    {
        var contacts = ids.All(id => known?.ContainsKey(id) == true)
            ? ids.ToDictionary(id => id, id => known![id])
            : await people.FindManyAsync(ids, ct);
        return contacts.Values.Where(c => c.Email is { Length: > 0 }).Select(c => (c.PersonId, compose(c))).ToList();
    }

    private async Task<IReadOnlyList<(string, MailMessage)>> ToSecretariesAsync(WishCard card, CancellationToken ct, Func<PersonContact, MailMessage> compose)
    {
        var staff = await secretaries.OfAsync(card.Community.CommunityId!, ct);
        return staff.Where(c => c.Email is { Length: > 0 }).DistinctBy(c => c.PersonId).Select(c => (c.PersonId, compose(c))).ToList();
    }

    /// <summary>Text body as given; the HTML body is the same paragraphs, escaped, with the link clickable.</summary>
    public static MailMessage Mail(PersonContact to, string subject, string text) => new()
    {
        To = [to.Email!],
        Subject = $"【微心愿】{subject}",
        TextBody = text + "\n\n—— 区域化党建联席会议协同平台（本邮件由系统自动发送）",
        HtmlBody = Html(text),
    };

    public static string Html(string text)
    {
        var paragraphs = text.Split("\n\n").Select(p =>
        {
            var html = WebUtility.HtmlEncode(p).Replace("\n", "<br>");
            var at = html.IndexOf("http", StringComparison.Ordinal);
            return at < 0 ? html : html[..at] + $"<a href=\"{html[at..]}\">{html[at..]}</a>";
        });
        return "<!DOCTYPE html><html lang=\"zh-CN\"><body style=\"font-family:sans-serif\">"
            + string.Concat(paragraphs.Select(p => $"<p>{p}</p>"))
            + "<p style=\"color:#888\">—— 区域化党建联席会议协同平台（本邮件由系统自动发送）</p></body></html>";
    }

    /// <summary>China time, as users read it: 2026-05-03 18:00.</summary>
    public static string Local(DateTimeOffset at) => at.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm");
}
