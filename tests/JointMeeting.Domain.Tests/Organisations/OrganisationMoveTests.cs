using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;
using static JointMeeting.Domain.Tests.Organisations.TestTree;
using OrgSpec = JointMeeting.Domain.Tests.Support.DeciderSpec<
    JointMeeting.Domain.Organisations.IOrganisationCommand, JointMeeting.Domain.Organisations.IOrganisationEvent,
    JointMeeting.Domain.Organisations.Organisation, JointMeeting.Domain.Organisations.OrganisationDecider>;

namespace JointMeeting.Domain.Tests.Organisations;

public class OrganisationMoveTests
{
    private static readonly OrganisationCreated Community1 = new("c1", OrganisationKind.Community, "一社区", "s1", null, "p-admin", Now);
    private static readonly OrganisationCreated Grid1 = new("g1", OrganisationKind.Grid, "第一网格", "c1", null, "p-admin", Now);

    [Fact]
    public void District_admin_moves_a_community_to_another_street()
    {
        var state = OrgSpec.Given(Community1).Then(
            new MoveOrganisation(Admin, Now, "c1", S1, "s2", OrganisationKind.Street, S2, ["d1", "s2"]),
            new OrganisationMoved("c1", "s1", "s2", "p-admin", Now));
        Assert.Equal("s2", state!.ParentId);
    }

    [Fact]
    public void Street_secretary_moves_a_grid_between_their_communities() =>
        OrgSpec.Given(Grid1).Then(
            new MoveOrganisation(StreetSecretary, Now, "g1", C1, "c2", OrganisationKind.Community, C2, ["d1", "s1", "c2"]),
            new OrganisationMoved("g1", "c1", "c2", "p-street", Now));

    [Fact]
    public void Moving_under_its_own_descendant_is_a_cycle()
    {
        // b1 is a building under g1: g1 would end up under itself.
        var error = OrgSpec.Given(Grid1).ThenFails(
            new MoveOrganisation(Admin, Now, "g1", C1, "b1", OrganisationKind.Building, C1, ["d1", "s1", "c1", "g1", "b1"]),
            ErrorCode.Validation);
        Assert.Equal("不能移动到自身或其下级组织之下", error.Fields["newParentId"]);
    }

    [Fact]
    public void Moving_under_itself_is_a_cycle() =>
        OrgSpec.Given(Grid1).ThenFails(
            new MoveOrganisation(Admin, Now, "g1", C1, "g1", OrganisationKind.Grid, C1, ["d1", "s1", "c1", "g1"]), ErrorCode.Validation);

    [Fact]
    public void The_new_parent_must_be_of_an_allowed_kind() =>
        Assert.Equal("网格的上级须为社区", OrgSpec.Given(Grid1).ThenFails(
            new MoveOrganisation(Admin, Now, "g1", C1, "s2", OrganisationKind.Street, S2, ["d1", "s2"]), ErrorCode.Validation).Fields["newParentId"]);

    [Fact]
    public void Moving_to_the_same_parent_is_rejected() =>
        OrgSpec.Given(Grid1).ThenFails(
            new MoveOrganisation(Admin, Now, "g1", C1, "c1", OrganisationKind.Community, C1, ["d1", "s1", "c1"]), ErrorCode.Validation);

    [Fact]
    public void A_district_cannot_move() =>
        OrgSpec.Given(new OrganisationCreated("d1", OrganisationKind.District, "区", null, null, "system", Now)).ThenFails(
            new MoveOrganisation(Actor.System, Now, "d1", D1, "d2", OrganisationKind.District, new OrgPath("d2"), ["d2"]), ErrorCode.Validation);

    [Fact]
    public void Both_ends_must_be_in_scope()
    {
        // The community secretary manages g1 but not the target community c2.
        OrgSpec.Given(Grid1).ThenFails(
            new MoveOrganisation(CommunitySecretary, Now, "g1", C1, "c2", OrganisationKind.Community, C2, ["d1", "s1", "c2"]), ErrorCode.Forbidden);
        // The other street's secretary manages the target but not the source.
        OrgSpec.Given(Grid1).ThenFails(
            new MoveOrganisation(OtherStreetSecretary, Now, "g1", C1, "c3", OrganisationKind.Community, C3, ["d1", "s2", "c3"]), ErrorCode.Forbidden);
        OrgSpec.Given(Grid1).ThenFails(
            new MoveOrganisation(Member, Now, "g1", C1, "c2", OrganisationKind.Community, C2, ["d1", "s1", "c2"]), ErrorCode.Forbidden);
    }

    [Fact]
    public void Move_rejections_for_missing_or_archived()
    {
        OrgSpec.Given().ThenFails(
            new MoveOrganisation(Admin, Now, "g1", C1, "c2", OrganisationKind.Community, C2, ["d1", "s1", "c2"]), ErrorCode.NotFound);
        OrgSpec.Given(Grid1, new OrganisationArchived("g1", "p-admin", Now)).ThenFails(
            new MoveOrganisation(Admin, Now, "g1", C1, "c2", OrganisationKind.Community, C2, ["d1", "s1", "c2"]), ErrorCode.Conflict);
    }
}
