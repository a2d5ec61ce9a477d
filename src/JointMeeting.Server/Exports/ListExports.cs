using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.Domain.Needs;
using JointMeeting.Domain.Resources;
using JointMeeting.Server.ActionItems;
using JointMeeting.Server.Agreements;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Needs;
using JointMeeting.Server.Projects;
using JointMeeting.Server.Resources;

namespace JointMeeting.Server.Exports;

/// <summary>The CSV of each list (Chinese headers and labels) and of a meeting's minutes.</summary>
public static class ListExports
{
    public static async Task<Csv?> ListAsync(string list, string organisationId, IServiceProvider services, CancellationToken ct)
    {
        var facts = services.GetRequiredService<CycleFacts>();
        switch (list)
        {
            case "needs":
            {
                var rows = await services.GetRequiredService<NeedBoard>().ListAsync(organisationId, null, ct);
                var names = await facts.NamesAsync(rows.SelectMany(r => r.State.Claims.Select(c => c.UnitId)).Append(organisationId), ct);
                var csv = new Csv().Row("编号", "标题", "类别", "紧急程度", "地点", "所需支持", "所需数量", "截止日期", "状态", "认领单位", "发布时间");
                foreach (var n in rows.Select(r => r.State))
                    csv.Row(n.Id, n.Draft.Title, NeedLabels.Categories[n.Draft.Category], NeedLabels.Urgencies[n.Draft.Urgency], n.Draft.Place,
                        n.Draft.WhatIsNeeded, n.Draft.QuantityNeeded, n.Draft.Deadline, NeedStatusLabel(n.Status),
                        n.ActiveClaim is { } c ? names[c.UnitId] : "", rows.First(r => r.Id == n.Id).PostedAt);
                return csv;
            }
            case "resources":
            {
                var rows = await services.GetRequiredService<ResourceBoard>().ListAsync(organisationId, null, false, ct);
                var names = await facts.NamesAsync(rows.Select(r => r.State.UnitId), ct);
                var csv = new Csv().Row("编号", "提供单位", "类别", "标题", "容量", "单位", "已认领", "剩余", "可用开始", "可用结束", "地点", "已撤回");
                foreach (var r in rows.Select(r => r.State))
                    csv.Row(r.Id, names[r.UnitId], ResourceLabels.Kinds[r.Draft.Kind], r.Draft.Title, r.Draft.Capacity, r.Draft.CapacityUnit,
                        r.Taken, r.Remaining, r.Draft.AvailableFrom, r.Draft.AvailableUntil, r.Draft.Place, r.IsWithdrawn);
                return csv;
            }
            case "projects":
            {
                var rows = await services.GetRequiredService<ProjectBoard>().ListAsync(organisationId, null, null, ct);
                var names = await facts.NamesAsync(rows.SelectMany(r => r.State.Draft.OwnerUnitIds), ct);
                var csv = new Csv().Row("编号", "项目名称", "状态", "进度%", "责任单位", "关联需求", "更新时间");
                foreach (var p in rows)
                    csv.Row(p.Id, p.State.Draft.Title, ProjectStatusLabel(p.State.Status), p.State.Percent,
                        string.Join("、", p.State.Draft.OwnerUnitIds.Select(u => names[u])), p.State.Draft.NeedId, p.UpdatedAt);
                return csv;
            }
            case "agreements":
            {
                var rows = await services.GetRequiredService<AgreementList>().ListAsync(null, organisationId, ct);
                if (rows.Count == 0) rows = await services.GetRequiredService<AgreementList>().ListAsync(organisationId, null, ct);
                var names = await facts.NamesAsync(rows.SelectMany(r => new[] { r.State.UnitId, r.State.Organisation.OwnerId }), ct);
                var csv = new Csv().Row("编号", "协议名称", "社区（街道）", "共建单位", "开始日期", "结束日期", "状态", "共建内容");
                foreach (var a in rows.Select(r => r.State))
                    csv.Row(a.Id, a.Terms.Title, names[a.Organisation.OwnerId], names[a.UnitId], a.Terms.StartsOn, a.Terms.EndsOn,
                        a.Status switch { Domain.Agreements.AgreementStatus.Draft => "草稿", Domain.Agreements.AgreementStatus.Effective => "生效", _ => "终止" },
                        a.Terms.Scope);
                return csv;
            }
            case "action-items":
            {
                var today = ChinaTime.Today(services.GetRequiredService<TimeProvider>().GetUtcNow());
                var rows = await services.GetRequiredService<ActionItemBoard>().SupervisionAsync(organisationId, today, ct);
                var csv = new Csv().Row("编号", "事项", "责任", "完成时限", "状态", "进度%", "逾期", "已提请督办", "评议");
                foreach (var a in rows.Select(r => r.State))
                    csv.Row(a.Id, a.Title, a.Owner.Name, a.DueDate,
                        a.Status switch { Domain.ActionItems.ActionItemStatus.Open => "办理中", Domain.ActionItems.ActionItemStatus.Completed => "已办结", _ => "已撤销" },
                        a.Percent, a.IsOverdue(today), a.Escalated, a.Review?.ToString());
                return csv;
            }
            default:
                return null;
        }
    }

    public static async Task<Csv> MinutesAsync(Meeting m, IServiceProvider services, CancellationToken ct)
    {
        var names = await services.GetRequiredService<CycleFacts>().NamesAsync(m.AttendanceByUnit().Select(a => a.UnitId), ct);
        var csv = new Csv().Row("会议", m.Title).Row("时间", m.Slot.StartsAt).Row("地点", m.Place).Row("召集", m.Committee.Name).Row()
            .Row("序号", "议题", "决定", "说明");
        foreach (var (item, i) in m.Agenda.Select((a, i) => (a, i + 1)))
        {
            var d = m.Decisions.GetValueOrDefault(item.AgendaItemId);
            csv.Row(i, item.Title, d is null ? "" : MeetingLabels.Outcomes[d.Outcome], d?.Note);
        }
        csv.Row().Row("单位", "应到", "实到", "请假");
        foreach (var a in m.AttendanceByUnit()) csv.Row(names[a.UnitId], a.Invited, a.SignedIn, a.OnLeave);
        return csv.Row().Row("会议纪要", m.MinutesText);
    }

    private static string NeedStatusLabel(NeedStatus s) => s switch
    {
        NeedStatus.Open => "待认领", NeedStatus.ClaimPending => "待确认", NeedStatus.Claimed => "已认领", NeedStatus.Closed => "已关闭", _ => "已撤回",
    };

    private static string ProjectStatusLabel(Domain.Projects.ProjectStatus s) => s switch
    {
        Domain.Projects.ProjectStatus.Draft => "草稿", Domain.Projects.ProjectStatus.Proposed => "已提交会议",
        Domain.Projects.ProjectStatus.Approved => "已立项", Domain.Projects.ProjectStatus.Deferred => "暂缓",
        Domain.Projects.ProjectStatus.Rejected => "不通过", _ => "已完成",
    };
}
