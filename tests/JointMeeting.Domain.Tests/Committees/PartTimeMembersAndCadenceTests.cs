using JointMeeting.Domain.Committees;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using static JointMeeting.Domain.Tests.Organisations.TestTree;
using CommitteeSpec = JointMeeting.Domain.Tests.Support.DeciderSpec<
    JointMeeting.Domain.Committees.ICommitteeCommand, JointMeeting.Domain.Committees.ICommitteeEvent,
    JointMeeting.Domain.Committees.Committee, JointMeeting.Domain.Committees.CommitteeDecider>;

namespace JointMeeting.Domain.Tests.Committees;

public class PartTimeMembersAndCadenceTests
{
    private static readonly CommitteeCreated Created = CommitteeDeciderTests.Created;
    private static readonly CommitteeSeat Director = new("p-unit", "李院长", "li@example.com");
    private static readonly DateOnly Jan1 = new(2026, 1, 1);
    private static readonly PartTimeMemberAppointed Appointed =
        new("k1", Director, "u1", Jan1, new DateOnly(2028, 12, 31), "p-community", Now);

    [Fact]
    public void A_co_building_unit_s_person_is_appointed_for_a_term()
    {
        var state = CommitteeSpec.Given(Created).Then(
            new AppointPartTimeMember(CommunitySecretary, Now, "k1", Director, "u1", true, Jan1, new DateOnly(2028, 12, 31)), Appointed);
        var facts = state!.ToFacts();
        Assert.Equal(new CommitteeMember("p-unit", "李院长", "u1"), facts.Members[1]);
        Assert.Equal(2, state.Invitees.Count());
    }

    [Fact]
    public void Appointment_rejections()
    {
        var error = CommitteeSpec.Given(Created).ThenFails(
            new AppointPartTimeMember(CommunitySecretary, Now, "k1", Director, "u9", false, Jan1, Jan1), ErrorCode.Validation);
        Assert.Equal(["fromOrganisationId", "termEnd"], error.Fields.Keys.Order());
        CommitteeSpec.Given(Created, Appointed).ThenFails(
            new AppointPartTimeMember(CommunitySecretary, Now, "k1", Director, "u1", true, Jan1), ErrorCode.Conflict);
        CommitteeSpec.Given(Created).ThenFails(
            new AppointPartTimeMember(OtherCommunitySecretary, Now, "k1", Director, "u1", true, Jan1), ErrorCode.Forbidden);
        CommitteeSpec.Given().ThenFails(
            new AppointPartTimeMember(CommunitySecretary, Now, "k1", Director, "u1", true, Jan1), ErrorCode.NotFound);
    }

    [Fact]
    public void Ending_a_term_removes_the_member_but_keeps_the_history()
    {
        var ended = new DateOnly(2026, 6, 30);
        var state = CommitteeSpec.Given(Created, Appointed).Then(new EndPartTimeTerm(CommunitySecretary, Now, "k1", "p-unit", ended),
            new PartTimeTermEnded("k1", "p-unit", ended, "p-community", Now));
        Assert.Null(state!.MemberOf("p-unit"));
        CommitteeSpec.Given(Created, Appointed).ThenFails(new EndPartTimeTerm(CommunitySecretary, Now, "k1", "p-unit", new DateOnly(2025, 1, 1)), ErrorCode.Validation);
        CommitteeSpec.Given(Created).ThenFails(new EndPartTimeTerm(CommunitySecretary, Now, "k1", "p-community", ended), ErrorCode.NotFound);
    }

    [Fact]
    public void Member_email_for_invitations()
    {
        var state = CommitteeSpec.Given(Created, Appointed).Then(new ChangeMemberEmail(CommunitySecretary, Now, "k1", "p-unit", " "),
            new MemberEmailChanged("k1", "p-unit", null, "p-community", Now));
        Assert.Single(state!.Invitees);
        CommitteeSpec.Given(Created).ThenFails(new ChangeMemberEmail(CommunitySecretary, Now, "k1", "p-community", "bad"), ErrorCode.Validation);
        CommitteeSpec.Given(Created).ThenFails(new ChangeMemberEmail(CommunitySecretary, Now, "k1", "p-x", "a@b.cn"), ErrorCode.NotFound);
    }

    [Fact]
    public void Custom_cadence_with_skipped_dates()
    {
        var every2Weeks = new Cadence(CadenceKind.EveryNWeeks, 2);
        var skipped = new DateOnly(2026, 1, 19);
        var state = CommitteeSpec.Given(Created).Then(new SetCadence(CommunitySecretary, Now, "k1", every2Weeks, [skipped, skipped]),
            new CadenceSet("k1", every2Weeks, [skipped], "p-community", Now));
        // From Monday 5 January: the 19th is skipped, so the next meeting is two weeks later.
        Assert.Equal(new DateOnly(2026, 2, 2), state!.NextMeeting(new DateOnly(2026, 1, 5), WorkingCalendar.WeekendsOnly).Date);
        CommitteeSpec.Given(Created).ThenFails(new SetCadence(CommunitySecretary, Now, "k1", new Cadence(CadenceKind.EveryNMonths, 99), []), ErrorCode.Validation);
    }

    [Fact]
    public void Monthly_cadence_skips_a_whole_month()
    {
        var state = CommitteeSpec.Given(Created, new CadenceSet("k1", Cadence.Monthly, [new DateOnly(2026, 2, 16)], "p-community", Now)).State;
        // 15 Feb 2026 is a Sunday, so February's meeting would be Monday the 16th; it is skipped.
        Assert.Equal(new DateOnly(2026, 3, 16), state!.NextMeeting(new DateOnly(2026, 1, 31), WorkingCalendar.WeekendsOnly).Date);
    }
}
