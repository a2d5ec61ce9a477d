using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;

namespace JointMeeting.Domain.Committees;

/// <summary>Marker for the events of one committee stream (stream id: <see cref="CommitteeStream.Id"/>).</summary>
public interface ICommitteeEvent
{
    string CommitteeId { get; }
}

public static class CommitteeStream
{
    public static string Id(string committeeId) => $"committee-{committeeId}";
}

public sealed record CommitteeCreated(
    string CommitteeId, CommitteeLevel Level, string OrganisationId, OrgPath Path, string Name, CommitteeSeat Convener,
    Cadence Cadence, string By, DateTimeOffset At) : ICommitteeEvent;

public sealed record CommitteeRenamed(string CommitteeId, string Name, string By, DateTimeOffset At) : ICommitteeEvent;

public sealed record ConvenerChanged(string CommitteeId, string PersonId, string By, DateTimeOffset At) : ICommitteeEvent;

public sealed record StandingMemberAdded(string CommitteeId, CommitteeSeat Seat, string By, DateTimeOffset At) : ICommitteeEvent;

public sealed record StandingMemberRemoved(string CommitteeId, string PersonId, string By, DateTimeOffset At) : ICommitteeEvent;

public sealed record PartTimeMemberAppointed(
    string CommitteeId, CommitteeSeat Seat, string FromOrganisationId, DateOnly TermStart, DateOnly? TermEnd,
    string By, DateTimeOffset At) : ICommitteeEvent;

public sealed record PartTimeTermEnded(string CommitteeId, string PersonId, DateOnly EndedOn, string By, DateTimeOffset At)
    : ICommitteeEvent;

public sealed record CadenceSet(string CommitteeId, Cadence Cadence, IReadOnlyList<DateOnly> SkippedDates, string By, DateTimeOffset At)
    : ICommitteeEvent;

public sealed record MemberEmailChanged(string CommitteeId, string PersonId, string? Email, string By, DateTimeOffset At)
    : ICommitteeEvent;

/// <summary>Stable names stored with each event; never rename one once written.</summary>
public static class CommitteeEventNames
{
    public static readonly IReadOnlyList<(Type Type, string Name)> All =
    [
        (typeof(CommitteeCreated), "committee.created"),
        (typeof(CommitteeRenamed), "committee.renamed"),
        (typeof(ConvenerChanged), "committee.convener-changed"),
        (typeof(StandingMemberAdded), "committee.standing-member-added"),
        (typeof(StandingMemberRemoved), "committee.standing-member-removed"),
        (typeof(PartTimeMemberAppointed), "committee.part-time-member-appointed"),
        (typeof(PartTimeTermEnded), "committee.part-time-term-ended"),
        (typeof(CadenceSet), "committee.cadence-set"),
        (typeof(MemberEmailChanged), "committee.member-email-changed"),
    ];
}
