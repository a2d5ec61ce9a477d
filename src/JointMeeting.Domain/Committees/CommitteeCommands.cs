using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.Domain.Organisations;

namespace JointMeeting.Domain.Committees;

/// <summary>Every committee command names its committee and carries who and when.</summary>
public interface ICommitteeCommand
{
    Actor Actor { get; }
    DateTimeOffset Now { get; }
    string CommitteeId { get; }
}

/// <summary>A person on the committee; Email receives invitations (a part-time member may have no account).</summary>
public sealed record CommitteeSeat(string PersonId, string Name, string? Email);

/// <summary>
/// 大工委 / 联合党委 of an organisation whose kind matches the level. Cadence defaults by level
/// (street quarterly, community monthly). OrganisationPath is the organisation's own OrgPath.
/// </summary>
public sealed record CreateCommittee(
    Actor Actor, DateTimeOffset Now, string CommitteeId, CommitteeLevel Level, string OrganisationId,
    OrganisationKind OrganisationKind, OrgPath OrganisationPath, string Name, CommitteeSeat Convener,
    Cadence? Cadence = null) : ICommitteeCommand;

public sealed record RenameCommittee(Actor Actor, DateTimeOffset Now, string CommitteeId, string Name) : ICommitteeCommand;

/// <summary>The convener (总负责人) is chosen among the standing members.</summary>
public sealed record ChangeConvener(Actor Actor, DateTimeOffset Now, string CommitteeId, string PersonId) : ICommitteeCommand;

public sealed record AddStandingMember(Actor Actor, DateTimeOffset Now, string CommitteeId, CommitteeSeat Seat) : ICommitteeCommand;

public sealed record RemoveStandingMember(Actor Actor, DateTimeOffset Now, string CommitteeId, string PersonId) : ICommitteeCommand;

/// <summary>
/// 兼职委员 from a unit, cooperative or community. FromOrganisationEligible (server fact): the
/// organisation is a co-building unit of the committee's organisation (approved 双报到) or lies under it.
/// </summary>
public sealed record AppointPartTimeMember(
    Actor Actor, DateTimeOffset Now, string CommitteeId, CommitteeSeat Seat, string FromOrganisationId,
    bool FromOrganisationEligible, DateOnly TermStart, DateOnly? TermEnd = null) : ICommitteeCommand;

public sealed record EndPartTimeTerm(Actor Actor, DateTimeOffset Now, string CommitteeId, string PersonId, DateOnly EndedOn)
    : ICommitteeCommand;

/// <summary>The meeting rule, and dates on which no meeting is held (holidays, elections…).</summary>
public sealed record SetCadence(
    Actor Actor, DateTimeOffset Now, string CommitteeId, Cadence Cadence, IReadOnlyList<DateOnly> SkippedDates) : ICommitteeCommand;

public sealed record ChangeMemberEmail(Actor Actor, DateTimeOffset Now, string CommitteeId, string PersonId, string? Email)
    : ICommitteeCommand;
