using JointMeeting.Domain.Committees;
using JointMeeting.Domain.Meetings;
using JointMeeting.EventStore;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Commands;

namespace JointMeeting.Server.Meetings;

public static class MeetingAggregates
{
    /// <summary>Stream "meeting-{id}" (<see cref="Meeting.StreamId"/>).</summary>
    public static readonly Aggregate<IMeetingCommand, IMeetingEvent, Meeting, MeetingDecider> Meetings =
        Aggregate.Of<IMeetingCommand, IMeetingEvent, Meeting, MeetingDecider>("meeting");

    /// <summary>The Committees feature's stream "committee-{id}", read here for facts (members, emails, cadence).</summary>
    public static readonly Aggregate<ICommitteeCommand, ICommitteeEvent, Committee, CommitteeDecider> Committees =
        Aggregate.Of<ICommitteeCommand, ICommitteeEvent, Committee, CommitteeDecider>("committee");
}

/// <summary>Inline: <c>meetings</c>, the meeting page's row (agenda, invitations, sign-ins, decisions, minutes in the state).</summary>
public sealed class MeetingProjection() : DeciderProjection<IMeetingCommand, IMeetingEvent, Meeting, MeetingDecider>("meetings")
{
    protected override string IdOf(IMeetingEvent e) => e.MeetingId;

    protected override Task SaveAsync(ProjectionContext ctx, Meeting m, long version, IMeetingEvent e, CancellationToken ct) =>
        Sql.ExecuteAsync(ctx, """
            INSERT INTO meetings (id, committee_id, organisation_id, cycle_number, period_key, title, starts_at, ends_at, place, sequence,
                cancelled, minutes_status, scheduled_at, updated_at, version, state)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $14, $15)
            ON CONFLICT (id) DO UPDATE SET title = $6, starts_at = $7, ends_at = $8, place = $9, sequence = $10, cancelled = $11,
                minutes_status = $12, updated_at = $13, version = $14, state = $15
            """, ct, m.Id, m.Committee.CommitteeId, m.Committee.Path.OwnerId, m.CycleNumber, Sql.Text(m.PeriodKey), m.Title,
            m.Slot.StartsAt, m.Slot.EndsAt, m.Place, m.Sequence, m.IsCancelled, m.MinutesStatus.ToString(), e.At, version,
            Sql.Jsonb(StateJson.Serialize(m)));
}

/// <summary>Inline: <c>meeting_committees</c>, the committees the cadence job walks and the meeting pages name.</summary>
public sealed class MeetingCommitteeProjection()
    : DeciderProjection<ICommitteeCommand, ICommitteeEvent, Committee, CommitteeDecider>("meeting_committees")
{
    protected override string IdOf(ICommitteeEvent e) => e.CommitteeId;

    protected override Task SaveAsync(ProjectionContext ctx, Committee c, long version, ICommitteeEvent e, CancellationToken ct) =>
        Sql.ExecuteAsync(ctx, """
            INSERT INTO meeting_committees (id, organisation_id, level, name, district_id, street_id, community_id, version, state)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            ON CONFLICT (id) DO UPDATE SET name = $4, version = $8, state = $9
            """, ct, c.Id, c.OrganisationId, c.Level.ToString(), c.Name, c.Path.DistrictId, Sql.Text(c.Path.StreetId),
            Sql.Text(c.Path.CommunityId), version, Sql.Jsonb(StateJson.Serialize(c)));
}
