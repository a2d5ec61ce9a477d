using System.Net;
using System.Text;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Points;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.MicroWishes;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Platform.Email;
using Quartz;

namespace JointMeeting.Server.Points;

public sealed record MemberServiceReport(string PersonId, string? DisplayName, QuarterlyServiceReport Report);

/// <summary>
/// 双报告: each quarter, every unit's contact gets the service summary of the unit's reporting members
/// (<see cref="QuarterlyServiceReport"/>, the same facts and rules as the ledger).
/// </summary>
public sealed class UnitServiceReports(PointsStore store, PointsRulesSource rules, IPeopleDirectory people,
    IOrganisationDirectory organisations, IMailOutbox outbox, ILogger<UnitServiceReports> logger)
{
    public async Task<IReadOnlyList<MemberServiceReport>> ForUnitAsync(string unitId, int year, int quarter, CancellationToken ct)
    {
        if (quarter is < 1 or > 4) throw DomainException.Invalid("quarter", "季度须为1至4");
        var members = await store.MembersOfUnitAsync(unitId, ct);
        var ids = members.Select(m => m.PersonId).ToList();
        var facts = await store.FactsOfAsync(ids, ct);
        var names = await people.FindManyAsync(ids, ct);
        var current = rules.Current;
        return ids.Select(id => new MemberServiceReport(id, names.GetValueOrDefault(id)?.DisplayName,
            QuarterlyServiceReport.For(id, year, quarter, facts, current))).ToList();
    }

    /// <summary>
    /// Queues the quarter's summary to every unit contact — with <paramref name="by"/>, only of the units located where
    /// that person is secretary (a street's units for its secretary); a repeat for the same quarter sends nothing twice.
    /// </summary>
    public async Task<int> SendAsync(int year, int quarter, CancellationToken ct, Actor? by = null)
    {
        var queued = 0;
        foreach (var unitId in await store.UnitsWithMembersAsync(ct))
        {
            var unit = await organisations.FindAsync(unitId, ct);
            if (by is not null && (unit is null || !by.IsSecretaryOver(unit.Path))) continue;
            var reports = await ForUnitAsync(unitId, year, quarter, ct);
            var contacts = await people.ContactsOfUnitAsync(unitId, ct);
            var unitName = unit?.Name ?? "贵单位";
            foreach (var contact in contacts.Where(c => c.Email is { Length: > 0 }))
            {
                var mail = Compose(contact, unitName, year, quarter, reports) with { DedupeKey = $"service-report:{unitId}:{year}-Q{quarter}:{contact.PersonId}" };
                if (await outbox.EnqueueAsync(mail, ct) is not null) queued++;
            }
        }
        logger.LogInformation("双报告 {Year}-Q{Quarter}: {Count} mails queued", year, quarter, queued);
        return queued;
    }

    public static MailMessage Compose(PersonContact to, string unitName, int year, int quarter, IReadOnlyList<MemberServiceReport> reports)
    {
        var title = $"{unitName} {year}年第{quarter}季度在职党员社区服务情况（双报告）";
        var text = new StringBuilder($"{to.DisplayName}，您好：\n\n以下是{title}：\n\n");
        foreach (var m in reports)
            text.Append($"· {m.DisplayName ?? m.PersonId}：完成微心愿{m.Report.WishesFulfilled}个，志愿服务{m.Report.VolunteerHours:0.#}小时，"
                + $"督办事项{m.Report.ActionItemsDone}项，本季积分{m.Report.Points:0.##}，本季新增{m.Report.StarsEarned}星，全年累计{m.Report.StarsYearToDate}星（{m.Report.GradeYearToDate.Label()}）\n");
        if (reports.Count == 0) text.Append("本季度暂无报到党员的服务记录。\n");
        text.Append("\n—— 区域化党建联席会议协同平台（本邮件由系统自动发送）");

        var rows = string.Concat(reports.Select(m => "<tr>" + string.Concat(new[]
        {
            m.DisplayName ?? m.PersonId, m.Report.WishesFulfilled.ToString(), m.Report.VolunteerHours.ToString("0.#"), m.Report.ActionItemsDone.ToString(),
            m.Report.Points.ToString("0.##"), m.Report.StarsEarned.ToString(), $"{m.Report.StarsYearToDate}（{m.Report.GradeYearToDate.Label()}）",
        }.Select(c => $"<td style=\"border:1px solid #ccc;padding:4px 8px\">{WebUtility.HtmlEncode(c)}</td>")) + "</tr>"));
        var head = string.Concat(new[] { "党员", "完成微心愿", "志愿服务（小时）", "督办事项", "本季积分", "本季新增星", "全年累计星" }
            .Select(h => $"<th style=\"border:1px solid #ccc;padding:4px 8px;background:#f5f5f5\">{h}</th>"));
        var html = $"<!DOCTYPE html><html lang=\"zh-CN\"><body style=\"font-family:sans-serif\"><p>{WebUtility.HtmlEncode(to.DisplayName)}，您好：</p>"
            + $"<p>以下是{WebUtility.HtmlEncode(title)}：</p><table style=\"border-collapse:collapse\"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
            + "<p style=\"color:#888\">—— 区域化党建联席会议协同平台（本邮件由系统自动发送）</p></body></html>";
        return new MailMessage { To = [to.Email!], Subject = $"【双报告】{title}", TextBody = text.ToString(), HtmlBody = html };
    }

    /// <summary>The quarter before the one containing <paramref name="now"/> (China time): what a quarter-start run reports.</summary>
    public static (int Year, int Quarter) PreviousQuarter(DateTimeOffset now)
    {
        var today = ChinaTime.Today(now);
        var q = QuarterlyServiceReport.QuarterOf(today);
        return q == 1 ? (today.Year - 1, 4) : (today.Year, q - 1);
    }
}

/// <summary>Quarter start, 08:00 China time: sends the previous quarter's 双报告.</summary>
[DisallowConcurrentExecution]
public sealed class UnitServiceReportJob(UnitServiceReports reports, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("unit-service-reports", "points");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var (year, quarter) = UnitServiceReports.PreviousQuarter(clock.GetUtcNow());
        context.Result = await reports.SendAsync(year, quarter, ct);
    }
}
