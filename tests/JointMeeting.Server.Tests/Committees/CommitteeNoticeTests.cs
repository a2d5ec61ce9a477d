using JointMeeting.Domain.Committees;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.EventStore;
using JointMeeting.Server.Reporting;

namespace JointMeeting.Server.Tests.Committees;

/// <summary>Which live groups hear of committee events (the relay sends each notice to its group).</summary>
public sealed class CommitteeNoticeTests
{
    private static RecordedEvent Recorded(object data) =>
        new("committee-c1", 1, GlobalPosition.Start, data.GetType().Name, data, new EventMetadata(), DateTimeOffset.UtcNow, null);

    [Fact]
    public void A_new_community_committee_reaches_its_community_street_and_district_lists()
    {
        var created = new CommitteeCreated("c1", CommitteeLevel.Community, "community-1", new OrgPath("district-1", "street-1", "community-1"),
            "联合党委", new CommitteeSeat("p1", "书记", null), Cadence.Monthly, "p0", DateTimeOffset.UtcNow);
        var groups = new IssueFourNotices().Map(Recorded(created)).Select(n => n.Group).ToList();
        Assert.Equal(["committee:c1", "org:community-1", "org:street-1", "org:district-1"], groups);
    }

    [Fact]
    public void Later_changes_reach_only_the_committees_own_group()
    {
        var groups = new IssueFourNotices().Map(Recorded(new CommitteeRenamed("c1", "新名称", "p0", DateTimeOffset.UtcNow))).Select(n => n.Group).ToList();
        Assert.Equal(["committee:c1"], groups);
    }
}
