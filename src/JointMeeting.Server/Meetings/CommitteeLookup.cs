using System.Globalization;
using JointMeeting.Domain.Committees;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.Domain.Organisations;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Commands;

namespace JointMeeting.Server.Meetings;

/// <summary>The committee as meetings need it: its stream folded (members with emails, cadence) and the facts a meeting copies.</summary>
public sealed class CommitteeLookup(CommandExecutor executor, CycleFacts facts, MeetingBoard meetings)
{
    public async Task<Committee> GetAsync(string committeeId, CancellationToken ct) =>
        (await executor.LoadAsync(MeetingAggregates.Committees, committeeId, ct)).State ?? throw DomainException.NotFound("联席会议");

    /// <summary>Members keep a unit id only when they sit for a resident unit: attendance "per unit" means per 驻区单位.</summary>
    public async Task<CommitteeFacts> FactsAsync(Committee committee, CancellationToken ct)
    {
        var facts0 = committee.ToFacts();
        var members = new List<CommitteeMember>();
        foreach (var m in facts0.Members)
        {
            var isUnit = m.UnitId is not null && (await facts.FindAsync(m.UnitId, ct))?.Kind == OrganisationKind.ResidentUnit;
            members.Add(isUnit ? m : m with { UnitId = null });
        }
        return facts0 with { Members = members };
    }

    /// <summary>Slots of the committee's other meetings that still stand (the overlap rule).</summary>
    public async Task<IReadOnlyList<TimeSlot>> OtherSlotsAsync(string committeeId, string? exceptMeetingId, CancellationToken ct) =>
        (await meetings.ListAsync(committeeId, ct)).Where(m => !m.State.IsCancelled && m.Id != exceptMeetingId).Select(m => m.State.Slot).ToList();

    public async Task<int> NextCycleNumberAsync(string committeeId, CancellationToken ct) =>
        (await meetings.ListAsync(committeeId, ct)).Where(m => !m.State.IsCancelled).Select(m => m.State.CycleNumber).DefaultIfEmpty(0).Max() + 1;
}

/// <summary>The period a meeting date falls in under a cadence, named like <see cref="CadencePlanner"/> names it.</summary>
public static class PeriodKeys
{
    public static string For(Cadence cadence, DateOnly date) => cadence.Kind switch
    {
        CadenceKind.Quarterly => $"{date.Year}-Q{(date.Month - 1) / 3 + 1}",
        CadenceKind.EveryNWeeks => $"{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):00}",
        _ => $"{date.Year}-{date.Month:00}",
    };

    /// <summary>"2026年第3季度" / "2026年5月" for default titles.</summary>
    public static string Label(string periodKey) =>
        periodKey.Contains("-Q") ? $"{periodKey[..4]}年第{periodKey[^1]}季度"
        : periodKey.Contains("-W") ? $"{periodKey[..4]}年第{int.Parse(periodKey[^2..])}周"
        : $"{periodKey[..4]}年{int.Parse(periodKey[5..])}月";
}
