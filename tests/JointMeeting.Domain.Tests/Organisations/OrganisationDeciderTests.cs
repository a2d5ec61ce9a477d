using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;
using JointMeeting.Domain.Tests.Support;
using static JointMeeting.Domain.Tests.Organisations.TestTree;
using OrgSpec = JointMeeting.Domain.Tests.Support.DeciderSpec<
    JointMeeting.Domain.Organisations.IOrganisationCommand, JointMeeting.Domain.Organisations.IOrganisationEvent,
    JointMeeting.Domain.Organisations.Organisation, JointMeeting.Domain.Organisations.OrganisationDecider>;

namespace JointMeeting.Domain.Tests.Organisations;

public class OrganisationDeciderTests
{
    private static readonly UnitDetails Hospital = new(UnitKind.Hospital, "区人民医院党委", new UnitContactPerson("李四", "13800001111"));

    private static OrganisationCreated Created(string id, OrganisationKind kind, string name, string? parent, UnitDetails? unit = null) =>
        new(id, kind, name, parent, unit, "p-admin", Now);

    private static readonly OrganisationCreated Grid1 = Created("g1", OrganisationKind.Grid, "第一网格", "c1");
    private static readonly OrganisationCreated Unit1 = Created("u1", OrganisationKind.ResidentUnit, "区人民医院", "c1", Hospital);

    [Fact]
    public void System_creates_a_district() =>
        OrgSpec.Given().Then(new CreateOrganisation(Actor.System, Now, "d1", OrganisationKind.District, " 秦都区 "),
            new OrganisationCreated("d1", OrganisationKind.District, "秦都区", null, null, "system", Now));

    [Fact]
    public void Nobody_but_the_system_creates_a_district() =>
        OrgSpec.Given().ThenFails(new CreateOrganisation(Admin, Now, "d9", OrganisationKind.District, "新区"), ErrorCode.Forbidden);

    [Fact]
    public void District_admin_creates_a_street() =>
        OrgSpec.Given().Then(
            new CreateOrganisation(Admin, Now, "s1", OrganisationKind.Street, "石井街道", "d1", OrganisationKind.District, D1),
            Created("s1", OrganisationKind.Street, "石井街道", "d1"));

    [Theory]
    [InlineData(OrganisationKind.Grid, OrganisationKind.Community)]
    [InlineData(OrganisationKind.Building, OrganisationKind.Grid)]
    [InlineData(OrganisationKind.ResidentUnit, OrganisationKind.Community)]
    public void Community_secretary_creates_inside_the_community(OrganisationKind kind, OrganisationKind parentKind)
    {
        var unit = kind == OrganisationKind.ResidentUnit ? Hospital : null;
        var events = OrgSpec.Given().When(new CreateOrganisation(CommunitySecretary, Now, "x", kind, "新组织", "p", parentKind, C1, unit));
        Assert.IsType<OrganisationCreated>(Assert.Single(events));
    }

    [Fact]
    public void A_unit_keeps_its_party_organisation_and_contact()
    {
        var state = OrgSpec.Given().Then(
            new CreateOrganisation(StreetSecretary, Now, "u1", OrganisationKind.ResidentUnit, "区人民医院", "c1", OrganisationKind.Community, C1, Hospital),
            Created("u1", OrganisationKind.ResidentUnit, "区人民医院", "c1", Hospital) with { By = "p-street" });
        Assert.Equal("李四", state!.Unit!.Contact.Name);
    }

    [Fact]
    public void A_street_secretary_cannot_create_a_street_or_anything_in_another_street()
    {
        OrgSpec.Given().ThenFails(new CreateOrganisation(StreetSecretary, Now, "s9", OrganisationKind.Street, "新街道", "d1", OrganisationKind.District, D1), ErrorCode.Forbidden);
        OrgSpec.Given().ThenFails(new CreateOrganisation(StreetSecretary, Now, "c9", OrganisationKind.Community, "新社区", "s2", OrganisationKind.Street, S2), ErrorCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(OutOfScopeForCommunityC1))]
    public void Roles_out_of_scope_cannot_create_in_community_c1(Actor actor) =>
        OrgSpec.Given().ThenFails(new CreateOrganisation(actor, Now, "g9", OrganisationKind.Grid, "网格", "c1", OrganisationKind.Community, C1), ErrorCode.Forbidden);

    public static TheoryData<Actor> OutOfScopeForCommunityC1 =>
        [OtherAdmin, OtherStreetSecretary, OtherCommunitySecretary, UnitContact, Member];

    [Fact]
    public void Parent_kind_must_fit()
    {
        var error = OrgSpec.Given().ThenFails(
            new CreateOrganisation(Admin, Now, "g9", OrganisationKind.Grid, "网格", "s1", OrganisationKind.Street, S1), ErrorCode.Validation);
        Assert.Equal("网格的上级须为社区", error.Fields["parentId"]);
        OrgSpec.Given().ThenFails(new CreateOrganisation(Actor.System, Now, "d9", OrganisationKind.District, "区", "d1", OrganisationKind.District, D1), ErrorCode.Validation);
        OrgSpec.Given().ThenFails(new CreateOrganisation(Admin, Now, "e9", OrganisationKind.EconomicCooperative, "经联社", "c1", OrganisationKind.Community, C1), ErrorCode.Validation);
    }

    [Fact]
    public void Name_and_unit_details_are_validated_together()
    {
        var error = OrgSpec.Given().ThenFails(new CreateOrganisation(Admin, Now, "u9", OrganisationKind.ResidentUnit, "单位", "c1", OrganisationKind.Community, C1,
            new UnitDetails(UnitKind.School, " ", new UnitContactPerson("", "12345"))), ErrorCode.Validation);
        Assert.Equal(["contactName", "contactPhone", "partyOrganisationName"], error.Fields.Keys.Order());
        Assert.Contains("name", OrgSpec.Given().ThenFails(new CreateOrganisation(Admin, Now, "s9", OrganisationKind.Street, " ", "d1", OrganisationKind.District, D1), ErrorCode.Validation).Fields.Keys);
        Assert.Contains("unitKind", OrgSpec.Given().ThenFails(new CreateOrganisation(Admin, Now, "u9", OrganisationKind.ResidentUnit, "单位", "c1", OrganisationKind.Community, C1), ErrorCode.Validation).Fields.Keys);
    }

    [Fact]
    public void Creating_twice_is_a_conflict() =>
        OrgSpec.Given(Grid1).ThenFails(new CreateOrganisation(Admin, Now, "g1", OrganisationKind.Grid, "网格", "c1", OrganisationKind.Community, C1), ErrorCode.Conflict);

    [Fact]
    public void Rename_records_the_previous_name() =>
        OrgSpec.Given(Grid1).Then(new RenameOrganisation(CommunitySecretary, Now, "g1", "东区网格", C1),
            new OrganisationRenamed("g1", "第一网格", "东区网格", "p-community", Now));

    [Fact]
    public void Rename_to_the_same_name_changes_nothing() =>
        OrgSpec.Given(Grid1).Then(new RenameOrganisation(CommunitySecretary, Now, "g1", "第一网格", C1));

    [Fact]
    public void Rename_rejections()
    {
        OrgSpec.Given().ThenFails(new RenameOrganisation(Admin, Now, "g1", "名", C1), ErrorCode.NotFound);
        OrgSpec.Given(Grid1).ThenFails(new RenameOrganisation(OtherCommunitySecretary, Now, "g1", "名", C1), ErrorCode.Forbidden);
        OrgSpec.Given(Grid1).ThenFails(new RenameOrganisation(Admin, Now, "g1", "", C1), ErrorCode.Validation);
        OrgSpec.Given(Grid1, new OrganisationArchived("g1", "p-admin", Now)).ThenFails(new RenameOrganisation(Admin, Now, "g1", "名", C1), ErrorCode.Conflict);
    }

    [Fact]
    public void A_street_secretary_cannot_rename_their_own_street_but_the_district_admin_can()
    {
        var street = Created("s1", OrganisationKind.Street, "石井街道", "d1");
        OrgSpec.Given(street).ThenFails(new RenameOrganisation(StreetSecretary, Now, "s1", "石井街", D1), ErrorCode.Forbidden);
        OrgSpec.Given(street).Then(new RenameOrganisation(Admin, Now, "s1", "石井街", D1),
            new OrganisationRenamed("s1", "石井街道", "石井街", "p-admin", Now));
    }

    [Fact]
    public void Archive_needs_no_live_children()
    {
        OrgSpec.Given(Grid1).ThenFails(new ArchiveOrganisation(CommunitySecretary, Now, "g1", C1, LiveChildCount: 2), ErrorCode.Conflict);
        var state = OrgSpec.Given(Grid1).Then(new ArchiveOrganisation(CommunitySecretary, Now, "g1", C1, 0),
            new OrganisationArchived("g1", "p-community", Now));
        Assert.True(state!.Archived);
    }

    [Fact]
    public void Archive_rejections()
    {
        OrgSpec.Given().ThenFails(new ArchiveOrganisation(Admin, Now, "g1", C1, 0), ErrorCode.NotFound);
        OrgSpec.Given(Grid1).ThenFails(new ArchiveOrganisation(Member, Now, "g1", C1, 0), ErrorCode.Forbidden);
        OrgSpec.Given(Grid1, new OrganisationArchived("g1", "p-admin", Now)).ThenFails(new ArchiveOrganisation(Admin, Now, "g1", C1, 0), ErrorCode.Conflict);
    }

    [Fact]
    public void Unit_contact_updates_their_unit_details()
    {
        var changed = Hospital with { Contact = new UnitContactPerson("王五", "0791-88881234") };
        OrgSpec.Given(Unit1).Then(new UpdateUnitDetails(UnitContact, Now, "u1", C1, changed),
            new UnitDetailsUpdated("u1", changed, "p-unit", Now));
    }

    [Fact]
    public void Unit_details_rejections()
    {
        var other = TestTree.Person("p-x", Role.UnitContact, "u2");
        OrgSpec.Given(Unit1).ThenFails(new UpdateUnitDetails(other, Now, "u1", C1, Hospital), ErrorCode.Forbidden);
        OrgSpec.Given(Unit1).ThenFails(new UpdateUnitDetails(OtherCommunitySecretary, Now, "u1", C1, Hospital), ErrorCode.Forbidden);
        OrgSpec.Given(Grid1).ThenFails(new UpdateUnitDetails(Admin, Now, "g1", C1, Hospital), ErrorCode.Validation);
        OrgSpec.Given(Unit1).ThenFails(new UpdateUnitDetails(Admin, Now, "u1", C1, Hospital with { PartyOrganisationName = "" }), ErrorCode.Validation);
    }

    [Fact]
    public void Events_have_unique_stable_names()
    {
        Assert.Equal(OrganisationEventNames.All.Count, OrganisationEventNames.All.Select(n => n.Name).Distinct().Count());
        Assert.All(OrganisationEventNames.All, n => Assert.True(typeof(IOrganisationEvent).IsAssignableFrom(n.Type)));
    }
}
