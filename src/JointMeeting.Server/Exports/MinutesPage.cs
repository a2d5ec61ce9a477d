using System.Net;
using System.Text;
using JointMeeting.Domain.Meetings;
using JointMeeting.Server.ActionItems;
using JointMeeting.Server.Meetings;
using JointMeeting.Server.Meetings.Common;

namespace JointMeeting.Server.Exports;

/// <summary>The printable 会议纪要: a plain Chinese page with print CSS (A4, no navigation), everything HTML-encoded.</summary>
public static class MinutesPage
{
    public static async Task<string> RenderAsync(Meeting m, IServiceProvider services, CancellationToken ct)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        var names = await services.GetRequiredService<CycleFacts>().NamesAsync(m.AttendanceByUnit().Select(a => a.UnitId), ct);
        var items = await services.GetRequiredService<ActionItemBoard>().OfMeetingAsync(m.Id, ct);
        var html = new StringBuilder();
        html.Append($$"""
            <!doctype html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>{{E(m.Title)}} 会议纪要</title>
            <style>
              body { font-family: "Noto Serif CJK SC", "Songti SC", SimSun, serif; max-width: 46em; margin: 2em auto; line-height: 1.8; color: #111; }
              h1 { text-align: center; font-size: 1.6em; letter-spacing: .1em; margin-bottom: .2em; }
              .meta { text-align: center; color: #444; margin-bottom: 1.5em; }
              h2 { font-size: 1.15em; border-bottom: 1px solid #999; margin-top: 1.6em; }
              table { border-collapse: collapse; width: 100%; }
              th, td { border: 1px solid #999; padding: .3em .5em; text-align: left; vertical-align: top; }
              .minutes { white-space: pre-wrap; }
              .status { color: #a00; }
              @media print { body { margin: 0; max-width: none; } @page { size: A4; margin: 2cm; } .no-print { display: none; } }
            </style></head><body>
            <p class="no-print"><button onclick="window.print()">打印</button></p>
            <h1>{{E(m.Title)}}</h1>
            <p class="meta">{{E(m.Committee.Name)}} · 第{{m.CycleNumber}}次 · {{E(MeetingMail.Local(m.Slot.StartsAt))}} · {{E(m.Place)}}</p>
            """);
        if (m.MinutesStatus != MinutesStatus.Published && m.MinutesStatus != MinutesStatus.Approved)
            html.Append("<p class=\"status\">（纪要草稿，尚未审定）</p>");
        html.Append("<h2>一、出席情况</h2><table><tr><th>单位</th><th>应到</th><th>实到</th><th>请假</th></tr>");
        foreach (var a in m.AttendanceByUnit())
            html.Append($"<tr><td>{E(names[a.UnitId])}</td><td>{a.Invited}</td><td>{a.SignedIn}</td><td>{a.OnLeave}</td></tr>");
        html.Append($"</table><p>全体委员 {m.Committee.Members.Count} 人，签到 {m.SignIns.Count} 人。</p>");
        html.Append("<h2>二、议定事项</h2><table><tr><th>序号</th><th>议题</th><th>决定</th><th>说明</th></tr>");
        foreach (var (item, i) in m.Agenda.Select((a, i) => (a, i + 1)))
        {
            var d = m.Decisions.GetValueOrDefault(item.AgendaItemId);
            html.Append($"<tr><td>{i}</td><td>{E(item.Title)}</td><td>{(d is null ? "" : E(MeetingLabels.Outcomes[d.Outcome]))}</td><td>{E(d?.Note)}</td></tr>");
        }
        html.Append("</table><h2>三、会议纪要</h2>").Append($"<div class=\"minutes\">{E(m.MinutesText)}</div>");
        if (items.Count > 0)
        {
            html.Append("<h2>四、督办事项</h2><table><tr><th>事项</th><th>责任</th><th>完成时限</th></tr>");
            foreach (var a in items.Select(i => i.State))
                html.Append($"<tr><td>{E(a.Title)}</td><td>{E(a.Owner.Name)}</td><td>{a.DueDate:yyyy年M月d日}</td></tr>");
            html.Append("</table>");
        }
        return html.Append("</body></html>").ToString();
    }
}
