using JointMeeting.Domain.Committees;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.Domain.Organisations;
using static JointMeeting.Domain.Tests.Organisations.TestTree;
using CommitteeSpec = JointMeeting.Domain.Tests.Support.DeciderSpec<
    JointMeeting.Domain.Committees.ICommitteeCommand, JointMeeting.Domain.Committees.ICommitteeEvent,
    JointMeeting.Domain.Committees.Committee, JointMeeting.Domain.Committees.CommitteeDecider>;

namespace JointMeeting.Domain.Tests.Committees;

public class CommitteeDeciderTests
{
    private static readonly CommitteeSeat Secretary = new("p-community", "王书记", "wang@example.com");
    private static readonly CommitteeSeat Director = new("p-unit", "李院长", "li@example.com");

    private static CreateCommittee Create(Actor actor, CommitteeLevel level = CommitteeLevel.Community, OrganisationKind kind = OrganisationKind.Community,
        OrgPath? path = null, string org = "c1") =>
        new(actor, Now, "k1", level, org, kind, path ?? C1, " 一社区联合党委 ", Secretary);

    internal static readonly CommitteeCreated Created =
        new("k1", CommitteeLevel.Community, "c1", C1, "一社区联合党委", Secretary, Cadence.Monthly, "p-street", Now);

    [Fact]
    public void Street_secretary_sets_up_a_community_committee_meeting_monthly_by_default()
    {
        var state = CommitteeSpec.Given().Then(Create(StreetSecretary), Created);
        Assert.Equal("p-community", state!.ConvenerPersonId);
        Assert.Equal([Secretary], state.Invitees);
    }

    [Fact]
    public void District_admin_sets_up_a_street_committee_meeting_quarterly()
    {
        var events = CommitteeSpec.Given().When(Create(Admin, CommitteeLevel.Street, OrganisationKind.Street, S1, "s1"));
        Assert.Equal(Cadence.Quarterly, Assert.IsType<CommitteeCreated>(Assert.Single(events)).Cadence);
    }

    [Theory]
    [MemberData(nameof(NotAbove))]
    public void Only_those_above_set_it_up(Actor actor) => CommitteeSpec.Given().ThenFails(Create(actor), ErrorCode.Forbidden);

    public static TheoryData<Actor> NotAbove => [CommunitySecretary, OtherAdmin, OtherStreetSecretary, UnitContact, Member];

    [Fact]
    public void Create_rejections()
    {
        var error = CommitteeSpec.Given().ThenFails(Create(Admin, CommitteeLevel.Community, OrganisationKind.Street, S1, "s1") with
        {
            Name = "", Convener = new CommitteeSeat("p1", "", "bad"),
        }, ErrorCode.Validation);
        Assert.Equal(["convener", "name", "organisationId"], error.Fields.Keys.Order());
        CommitteeSpec.Given().ThenFails(Create(Admin) with { Cadence = new Cadence(CadenceKind.EveryNWeeks, 0) }, ErrorCode.Validation);
        CommitteeSpec.Given(Created).ThenFails(Create(Admin), ErrorCode.Conflict);
    }

    [Fact]
    public void Rename_is_setting_up()
    {
        CommitteeSpec.Given(Created).Then(new RenameCommittee(Admin, Now, "k1", "一社区大党委"), new CommitteeRenamed("k1", "一社区大党委", "p-admin", Now));
        CommitteeSpec.Given(Created).ThenFails(new RenameCommittee(CommunitySecretary, Now, "k1", "x"), ErrorCode.Forbidden);
        CommitteeSpec.Given(Created).ThenFails(new RenameCommittee(Admin, Now, "k1", ""), ErrorCode.Validation);
        CommitteeSpec.Given().ThenFails(new RenameCommittee(Admin, Now, "k1", "x"), ErrorCode.NotFound);
    }

    [Fact]
    public void Own_secretary_adds_and_removes_standing_members()
    {
        var deputy = new CommitteeSeat("p-deputy", "赵副书记", null);
        CommitteeSpec.Given(Created).Then(new AddStandingMember(CommunitySecretary, Now, "k1", deputy with { Email = " " }),
            new StandingMemberAdded("k1", deputy, "p-community", Now));
        var added = new StandingMemberAdded("k1", deputy, "p-community", Now);
        var state = CommitteeSpec.Given(Created, added).Then(new RemoveStandingMember(CommunitySecretary, Now, "k1", "p-deputy"),
            new StandingMemberRemoved("k1", "p-deputy", "p-community", Now));
        Assert.Single(state!.Members);
        CommitteeSpec.Given(Created, added).ThenFails(new AddStandingMember(CommunitySecretary, Now, "k1", deputy), ErrorCode.Conflict);
        CommitteeSpec.Given(Created).ThenFails(new AddStandingMember(CommunitySecretary, Now, "k1", deputy with { Name = "" }), ErrorCode.Validation);
        CommitteeSpec.Given(Created).ThenFails(new RemoveStandingMember(CommunitySecretary, Now, "k1", "p-deputy"), ErrorCode.NotFound);
        CommitteeSpec.Given(Created).ThenFails(new RemoveStandingMember(CommunitySecretary, Now, "k1", "p-community"), ErrorCode.Conflict);
    }

    [Theory]
    [MemberData(nameof(OutOfScope))]
    public void Roles_out_of_scope_cannot_run_it(Actor actor)
    {
        CommitteeSpec.Given(Created).ThenFails(new AddStandingMember(actor, Now, "k1", Director), ErrorCode.Forbidden);
        CommitteeSpec.Given(Created).ThenFails(new SetCadence(actor, Now, "k1", Cadence.Quarterly, []), ErrorCode.Forbidden);
    }

    public static TheoryData<Actor> OutOfScope => [OtherAdmin, OtherStreetSecretary, OtherCommunitySecretary, UnitContact, Member];

    [Fact]
    public void Convener_is_chosen_among_standing_members()
    {
        var deputy = new StandingMemberAdded("k1", new CommitteeSeat("p-deputy", "赵副书记", null), "p-community", Now);
        var state = CommitteeSpec.Given(Created, deputy).Then(new ChangeConvener(StreetSecretary, Now, "k1", "p-deputy"),
            new ConvenerChanged("k1", "p-deputy", "p-street", Now));
        Assert.Equal("p-deputy", state!.ToFacts().ConvenerPersonId);
        CommitteeSpec.Given(Created).Then(new ChangeConvener(StreetSecretary, Now, "k1", "p-community"));
        CommitteeSpec.Given(Created).ThenFails(new ChangeConvener(StreetSecretary, Now, "k1", "p-nobody"), ErrorCode.NotFound);
    }

    [Fact]
    public void Events_have_unique_stable_names() =>
        Assert.Equal(CommitteeEventNames.All.Count, CommitteeEventNames.All.Select(n => n.Name).Distinct().Count());
}
