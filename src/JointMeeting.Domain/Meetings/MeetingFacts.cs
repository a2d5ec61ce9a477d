using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Meetings;

public enum CommitteeLevel { District, Street, Community }

/// <summary>A committee member as the Organisations read model holds it; UnitId for part-time members from units.</summary>
public sealed record CommitteeMember(string PersonId, string Name, string? UnitId);

/// <summary>Facts about the committee the server loads for scheduling; the meeting keeps a copy as invited.</summary>
public sealed record CommitteeFacts(
    string CommitteeId, string Name, CommitteeLevel Level, OrgPath Path, string ConvenerPersonId, IReadOnlyList<CommitteeMember> Members);

/// <summary>A half-open time range [StartsAt, EndsAt).</summary>
public sealed record TimeSlot(DateTimeOffset StartsAt, DateTimeOffset EndsAt)
{
    public bool Overlaps(TimeSlot other) => StartsAt < other.EndsAt && other.StartsAt < EndsAt;
}

public enum AgendaItemKind { Project, CarriedOverActionItem, Free }

/// <summary>议题. RefId: the project id or the carried-over action item id.</summary>
public sealed record AgendaItem(string AgendaItemId, AgendaItemKind Kind, string Title, string? RefId, string? Description);

public enum DecisionOutcome { Approved, Deferred, Rejected }

public enum InvitationResponse { Attend, Leave }

public enum MinutesStatus { None, Draft, Approved, Published }

public static class MeetingLabels
{
    public static readonly IReadOnlyDictionary<DecisionOutcome, string> Outcomes = new Dictionary<DecisionOutcome, string>
    {
        [DecisionOutcome.Approved] = "通过", [DecisionOutcome.Deferred] = "暂缓", [DecisionOutcome.Rejected] = "不通过",
    };
}
