using JointMeeting.Domain.Committees;
using JointMeeting.Domain.Organisations;
using JointMeeting.Domain.Reporting;
using JointMeeting.EventStore;
using JointMeeting.Server.Platform.Live;

namespace JointMeeting.Server.Reporting;

/// <summary>
/// Live notices of issue 4's features: the tree to the organisation and its parent, 双报到 to the community
/// (or street) reported to and to the member / unit, committees to "committee:{id}" and a new one also to its organisation
/// and those above it.
/// </summary>
public sealed class IssueFourNotices : ILiveNoticeMapper
{
    public IEnumerable<LiveNotice> Map(RecordedEvent e)
    {
        switch (e.Data)
        {
            case IOrganisationEvent o:
                yield return new(LiveGroups.Organisation(o.OrganisationId), "organisation", o.OrganisationId, e.TypeName, e.Version);
                var parent = o switch { OrganisationCreated c => c.ParentId, OrganisationMoved m => m.ToParentId, _ => null };
                if (parent is not null) yield return new(LiveGroups.Organisation(parent), "organisation", o.OrganisationId, e.TypeName, e.Version);
                break;
            case IMemberReportingEvent m:
                yield return new(LiveGroups.Person(m.PersonId), "member-report", m.PersonId, e.TypeName, e.Version);
                var community = m switch
                {
                    MemberReportRequested r => r.Community.OwnerId, MemberReportApproved a => a.Community.OwnerId,
                    MemberReportEnded x => x.CommunityId, MemberResidenceChanged x => x.CommunityId, _ => null,
                };
                if (community is not null) yield return new(LiveGroups.Organisation(community), "member-report", m.PersonId, e.TypeName, e.Version);
                break;
            case IUnitReportingEvent u:
                yield return new(LiveGroups.Organisation(u.UnitId), "unit-report", u.UnitId, e.TypeName, e.Version);
                var target = u switch
                {
                    UnitReportRequested r => r.Target.OwnerId, UnitReportApproved a => a.Target.OwnerId, UnitReportEnded x => x.TargetId, _ => null,
                };
                if (target is not null) yield return new(LiveGroups.Organisation(target), "unit-report", u.UnitId, e.TypeName, e.Version);
                break;
            case ICommitteeEvent c:
                yield return new($"committee:{c.CommitteeId}", "committee", c.CommitteeId, e.TypeName, e.Version);
                // A new committee shows on its organisation's list and on the lists above it (a street's 含下级).
                if (c is CommitteeCreated created)
                    foreach (var org in new[] { created.OrganisationId, created.Path.StreetId, created.Path.DistrictId }.OfType<string>().Distinct())
                        yield return new(LiveGroups.Organisation(org), "committee", c.CommitteeId, e.TypeName, e.Version);
                break;
        }
    }
}
