using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.Domain.Projects;
using static JointMeeting.Domain.Tests.Support.CycleCast;
using ProjectSpec = JointMeeting.Domain.Tests.Support.DeciderSpec<
    JointMeeting.Domain.Projects.IProjectCommand, JointMeeting.Domain.Projects.IProjectEvent,
    JointMeeting.Domain.Projects.Project, JointMeeting.Domain.Projects.ProjectDecider>;

namespace JointMeeting.Domain.Tests.Projects;

public class ProjectDeciderTests
{
    private static readonly ProjectDraft Draft = new("楼道堆物清理", "组织志愿者清理3号楼楼道", "n1", ["r1"], []);
    private static readonly ProjectDrafted Drafted = new("pr1", Community, Draft, "p-comm", Now);
    private static readonly ProjectProposed Proposed = new("pr1", "m1", "a1", "p-comm", Now);
    private static readonly ProjectApproved Approved = new("pr1", "m1", "a1", "同意", "system", Now);
    private static readonly ProjectClaimed ClaimedByU1 = new("pr1", "k1", "u1", "p-unit1", Now);

    private static ApplyMeetingDecision Decision(DecisionOutcome outcome, string meetingId = "m1") =>
        new(Actor.System, Now, "pr1", meetingId, "a1", outcome, "同意");

    [Fact]
    public void Drafted_from_a_need_and_resources_by_a_secretary()
    {
        var project = ProjectSpec.Given().Then(new DraftProject(CommunitySecretary, Now, "pr1", Community, Draft), Drafted);
        Assert.Equal(ProjectStatus.Draft, project!.Status);
        ProjectSpec.Given().ThenFails(new DraftProject(UnitContact, Now, "pr1", Community, Draft), ErrorCode.Forbidden);
        ProjectSpec.Given().ThenFails(new DraftProject(CommunitySecretary, Now, "pr1", Community, Draft with { Title = "" }), ErrorCode.Validation);
    }

    [Fact]
    public void Proposed_to_a_meeting_then_approved_by_its_decision()
    {
        var proposed = ProjectSpec.Given(Drafted).Then(new ProposeProject(CommunitySecretary, Now, "pr1", "m1", "a1"), Proposed);
        Assert.Equal(ProjectStatus.Proposed, proposed!.Status);
        var approved = ProjectSpec.Given(Drafted, Proposed).Then(Decision(DecisionOutcome.Approved), Approved);
        Assert.Equal(ProjectStatus.Approved, approved!.Status);
    }

    [Fact]
    public void A_decision_delivered_twice_is_applied_once_and_must_match_the_agenda_item()
    {
        Assert.Empty(ProjectSpec.Given(Drafted, Proposed, Approved).When(Decision(DecisionOutcome.Approved)));
        ProjectSpec.Given(Drafted, Proposed).ThenFails(Decision(DecisionOutcome.Approved, "m9"), ErrorCode.Conflict);
        ProjectSpec.Given(Drafted, Proposed).ThenFails(Decision(DecisionOutcome.Approved) with { Actor = UnitContact }, ErrorCode.Forbidden);
    }

    [Fact]
    public void Deferred_projects_can_be_edited_and_proposed_again_rejected_ones_cannot()
    {
        var deferred = ProjectSpec.Given(Drafted, Proposed).And(Decision(DecisionOutcome.Deferred));
        Assert.Single(deferred.When(new EditProject(CommunitySecretary, Now, "pr1", Draft with { Title = "修改后" })));
        Assert.Single(deferred.When(new ProposeProject(CommunitySecretary, Now, "pr1", "m2", "a7")));
        var rejected = ProjectSpec.Given(Drafted, Proposed).And(Decision(DecisionOutcome.Rejected));
        Assert.Equal(ProjectStatus.Rejected, rejected.State!.Status);
        rejected.ThenFails(new EditProject(CommunitySecretary, Now, "pr1", Draft), ErrorCode.Conflict);
        rejected.ThenFails(new ClaimProject(UnitContact, Now, "pr1", "k1", "u1", true), ErrorCode.Conflict);
        ProjectSpec.Given(Drafted, Proposed).ThenFails(new EditProject(CommunitySecretary, Now, "pr1", Draft), ErrorCode.Conflict);
    }

    [Fact]
    public void Units_claim_exclusively_and_the_confirmed_unit_becomes_an_owner()
    {
        ProjectSpec.Given(Drafted, Proposed, Approved).Then(new ClaimProject(UnitContact, Now, "pr1", "k1", "u1", true), ClaimedByU1);
        var spec = ProjectSpec.Given(Drafted, Proposed, Approved, ClaimedByU1);
        spec.ThenFails(new ClaimProject(OtherUnitContact, Now, "pr1", "k2", "u2", true), ErrorCode.Conflict);
        spec.ThenFails(new ConfirmProjectClaim(OtherSecretary, Now, "pr1", "k1"), ErrorCode.Forbidden);
        var confirmed = spec.Then(new ConfirmProjectClaim(CommunitySecretary, Now, "pr1", "k1"), new ProjectClaimConfirmed("pr1", "k1", "u1", "p-comm", Now));
        Assert.Equal(["u1"], confirmed!.Draft.OwnerUnitIds);
    }

    [Fact]
    public void A_declined_claim_frees_the_project_and_claims_need_co_building()
    {
        var declined = ProjectSpec.Given(Drafted, ClaimedByU1).And(new DeclineProjectClaim(CommunitySecretary, Now, "pr1", "k1", "能力不匹配"));
        Assert.Single(declined.When(new ClaimProject(OtherUnitContact, Now, "pr1", "k2", "u2", true)));
        ProjectSpec.Given(Drafted).ThenFails(new ClaimProject(UnitContact, Now, "pr1", "k1", "u1", false), ErrorCode.Forbidden);
    }

    [Fact]
    public void Progress_by_owner_units_only_after_approval_then_completion_credits_owners()
    {
        var owned = new ProjectClaimConfirmed("pr1", "k1", "u1", "p-comm", Now);
        ProjectSpec.Given(Drafted, ClaimedByU1, owned).ThenFails(new UpdateProjectProgress(UnitContact, Now, "pr1", 10, "x"), ErrorCode.Conflict);
        var running = ProjectSpec.Given(Drafted, Proposed, Approved, ClaimedByU1, owned);
        running.ThenFails(new UpdateProjectProgress(OtherUnitContact, Now, "pr1", 10, "x"), ErrorCode.Forbidden);
        running.Then(new UpdateProjectProgress(UnitContact, Now, "pr1", 60, "已清理两个单元"), new ProjectProgressUpdated("pr1", 60, "已清理两个单元", "p-unit1", Now));
        running.ThenFails(new CompleteProject(UnitContact, Now, "pr1", null), ErrorCode.Forbidden);
        var done = running.Then(new CompleteProject(CommunitySecretary, Now, "pr1", "验收合格"), new ProjectCompleted("pr1", ["u1"], "验收合格", "p-comm", Now));
        Assert.Equal(ProjectStatus.Completed, done!.Status);
    }

    [Fact]
    public void Once_work_has_started_a_decision_cannot_be_flipped()
    {
        var started = ProjectSpec.Given(Drafted, Proposed, Approved, new ProjectProgressUpdated("pr1", 20, "x", "p-comm", Now));
        started.ThenFails(Decision(DecisionOutcome.Rejected), ErrorCode.Conflict);
        Assert.Single(ProjectSpec.Given(Drafted, Proposed, Approved).When(Decision(DecisionOutcome.Deferred)));
    }

    [Fact]
    public void Every_event_has_a_unique_stable_name()
    {
        var declared = typeof(IProjectEvent).Assembly.GetTypes().Where(t => typeof(IProjectEvent).IsAssignableFrom(t) && !t.IsInterface);
        Assert.Equal(declared.OrderBy(t => t.Name), ProjectEventNames.All.Select(n => n.Type).OrderBy(t => t.Name));
        Assert.Equal(ProjectEventNames.All.Count, ProjectEventNames.All.Select(n => n.Name).Distinct().Count());
    }
}
