using JointMeeting.Domain.ActionItems;
using JointMeeting.Domain.Agreements;
using JointMeeting.Domain.Meetings;
using JointMeeting.Domain.Needs;
using JointMeeting.Domain.Projects;
using JointMeeting.Domain.Resources;
using JointMeeting.EventStore;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Live;
using Npgsql;

namespace JointMeeting.Server.Meetings;

/// <summary>
/// Live notices of the cycle: boards to <c>org:{id}</c> (the owner, its street, and the unit concerned), the meeting
/// page to <c>meeting:{id}</c> (minutes drafts, sign-ins, decisions, its action items), and the answer to a claim to
/// the claimer's <c>person:{id}</c>. Groups come from the read-model rows (committed before the feed relays).
/// </summary>
public sealed class CycleNotices(NpgsqlDataSource db) : ILiveNoticeMapper
{
    public IEnumerable<LiveNotice> Map(RecordedEvent recorded)
    {
        var (kind, id, groups) = recorded.Data switch
        {
            INeedEvent e => ("need", e.NeedId, Orgs("SELECT owner_id, street_id FROM needs_board WHERE id = $1", e.NeedId)
                .Concat(ClaimAnswer("Need", e.NeedId, e switch { NeedClaimConfirmed c => c.ClaimId, NeedClaimDeclined c => c.ClaimId, _ => null }))
                .Concat(e is NeedClaimed nc ? [LiveGroups.Organisation(nc.UnitId)] : [])),
            IResourceEvent e => ("resource", e.ResourceId, Orgs("SELECT offered_to_id, street_id, unit_id FROM resources_board WHERE id = $1", e.ResourceId)
                .Concat(ClaimAnswer("Resource", e.ResourceId, e switch { ResourceClaimConfirmed c => c.ClaimId, ResourceClaimDeclined c => c.ClaimId, _ => null }))),
            IProjectEvent e => ("project", e.ProjectId, Orgs("SELECT owner_id, street_id FROM projects_board WHERE id = $1", e.ProjectId)
                .Concat(ClaimAnswer("Project", e.ProjectId, e switch { ProjectClaimConfirmed c => c.ClaimId, ProjectClaimDeclined c => c.ClaimId, _ => null }))
                .Concat(e is ProjectClaimed pc ? [LiveGroups.Organisation(pc.UnitId)] : [])),
            IAgreementEvent e => ("agreement", e.AgreementId, Orgs("SELECT organisation_id, unit_id FROM agreements_list WHERE id = $1", e.AgreementId)),
            IMeetingEvent e => ("meeting", e.MeetingId,
                [LiveGroups.Meeting(e.MeetingId), .. Orgs("SELECT organisation_id FROM meetings WHERE id = $1", e.MeetingId)]),
            IActionItemEvent e => ("action-item", e.ActionItemId, ActionItemGroups(e.ActionItemId)),
            _ => (null, null, Enumerable.Empty<string>()),
        };
        if (kind is null) return [];
        return groups.Distinct().Select(g => new LiveNotice(g, kind, id, recorded.TypeName, recorded.Version)).ToList();
    }

    private IEnumerable<string> ActionItemGroups(string id)
    {
        var row = Row("SELECT meeting_id, coalesce(community_id, street_id, district_id), owner_kind, owner_id FROM action_items WHERE id = $1", id);
        if (row.Count < 4) return [];
        return [LiveGroups.Meeting(row[0]!), LiveGroups.Organisation(row[1]!),
            row[2] == nameof(OwnerKind.Person) ? LiveGroups.Person(row[3]!) : LiveGroups.Organisation(row[3]!)];
    }

    private IEnumerable<string> Orgs(string sql, string id) => Row(sql, id).OfType<string>().Select(LiveGroups.Organisation);

    private IEnumerable<string> ClaimAnswer(string subject, string subjectId, string? claimId)
    {
        if (claimId is null) return [];
        var by = Row("SELECT claimed_by FROM cycle_claim_facts WHERE subject = $1 AND subject_id = $2 AND claim_id = $3", subject, subjectId, claimId);
        return by.OfType<string>().Select(LiveGroups.Person);
    }

    // The relay calls mappers synchronously; one indexed read per event.
    private List<string?> Row(string sql, params object[] values)
    {
        using var cmd = Sql.Command(db, sql, values);
        using var reader = cmd.ExecuteReader();
        var row = new List<string?>();
        if (reader.Read())
            for (var i = 0; i < reader.FieldCount; i++) row.Add(reader.IsDBNull(i) ? null : reader.GetString(i));
        return row;
    }
}
