using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;

namespace JointMeeting.Domain.Committees;

/// <summary>A current member: standing, or part-time (兼职委员) from an organisation for a term.</summary>
public sealed record CommitteeMembership(
    CommitteeSeat Seat, bool PartTime, string? FromOrganisationId = null, DateOnly? TermStart = null, DateOnly? TermEnd = null);

/// <summary>
/// A joint committee as its events leave it. Path is the organisation's path at creation, used for
/// scope checks (committees do not move with their organisation; re-create one if it ever does).
/// </summary>
public sealed record Committee(
    string Id, CommitteeLevel Level, string OrganisationId, OrgPath Path, string Name, string ConvenerPersonId,
    IReadOnlyList<CommitteeMembership> Members, Cadence Cadence, IReadOnlyList<DateOnly> SkippedDates)
{
    public CommitteeMembership? MemberOf(string personId) => Members.FirstOrDefault(m => m.Seat.PersonId == personId);

    /// <summary>Who gets invitations: every current member with an email.</summary>
    public IEnumerable<CommitteeSeat> Invitees => Members.Select(m => m.Seat).Where(s => !string.IsNullOrEmpty(s.Email));

    /// <summary>The facts the Meetings feature needs to schedule this committee's meetings.</summary>
    public CommitteeFacts ToFacts() =>
        new(Id, Name, Level, Path, ConvenerPersonId,
            Members.Select(m => new CommitteeMember(m.Seat.PersonId, m.Seat.Name, m.FromOrganisationId)).ToList());

    /// <summary>The next meeting by the cadence, passing over skipped dates.</summary>
    public PlannedMeeting NextMeeting(DateOnly after, WorkingCalendar calendar)
    {
        var planned = CadencePlanner.Next(Cadence, after, calendar);
        while (SkippedDates.Contains(planned.Date)) planned = CadencePlanner.Next(Cadence, planned.Date, calendar);
        return planned;
    }
}
