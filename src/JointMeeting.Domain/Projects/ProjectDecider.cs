using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.Domain.Needs;
using static JointMeeting.Domain.Common.ScopeRules;

namespace JointMeeting.Domain.Projects;

public sealed class ProjectDecider : IDecider<IProjectCommand, IProjectEvent, Project>
{
    public static Project? Initial => null;

    public static IReadOnlyList<IProjectEvent> Decide(IProjectCommand command, Project? state)
    {
        if (command is DraftProject draft)
        {
            Demand(ProjectPolicy.CanManage(draft.Actor, draft.Owner));
            if (state is not null) throw DomainException.Conflict("项目已存在");
            Validate(draft.Draft);
            return [new ProjectDrafted(draft.ProjectId, draft.Owner, draft.Draft, draft.Actor.PersonId, draft.Now)];
        }
        var project = state ?? throw DomainException.NotFound("项目");
        var by = command.Actor.PersonId;
        switch (command)
        {
            case EditProject c:
                Demand(ProjectPolicy.CanManage(c.Actor, project.Owner));
                if (!project.IsEditable) throw DomainException.Conflict("项目已提交会议或已决定，不能修改");
                Validate(c.Draft);
                return [new ProjectEdited(project.Id, c.Draft, by, c.Now)];
            case ProposeProject c:
                Demand(ProjectPolicy.CanManage(c.Actor, project.Owner));
                if (!project.IsEditable) throw DomainException.Conflict("只有草稿或暂缓的项目可以提交会议");
                return [new ProjectProposed(project.Id, c.MeetingId, c.AgendaItemId, by, c.Now)];
            case ApplyMeetingDecision c:
                return ApplyDecision(c, project);
            case ClaimProject c:
                Demand(c.Actor.IsContactOf(c.UnitId), "只能以本单位名义认领");
                Demand(ProjectPolicy.CanClaim(c.Actor, c.UnitId, c.UnitIsCoBuilding), "该单位不是本社区（街道）的共建单位");
                if (project.Status is ProjectStatus.Rejected or ProjectStatus.Completed) throw DomainException.Conflict("项目已结束，不能认领");
                if (project.ActiveClaim is { } held)
                    throw DomainException.Conflict(held.UnitId == c.UnitId ? "本单位已认领该项目" : "该项目已被其他单位认领");
                if (project.ClaimOf(c.ClaimId) is not null) throw DomainException.Conflict("认领编号重复");
                return [new ProjectClaimed(project.Id, c.ClaimId, c.UnitId, by, c.Now)];
            case ConfirmProjectClaim c:
            {
                Demand(ProjectPolicy.CanManage(c.Actor, project.Owner), "只有项目所属社区（街道）可以确认认领");
                var claim = PendingClaim(project, c.ClaimId);
                return [new ProjectClaimConfirmed(project.Id, claim.ClaimId, claim.UnitId, by, c.Now)];
            }
            case DeclineProjectClaim c:
            {
                Demand(ProjectPolicy.CanManage(c.Actor, project.Owner), "只有项目所属社区（街道）可以拒绝认领");
                new Validator().NotBlank(c.Reason, "reason", "拒绝原因", 500).ThrowIfAny();
                var claim = PendingClaim(project, c.ClaimId);
                return [new ProjectClaimDeclined(project.Id, claim.ClaimId, claim.UnitId, c.Reason, by, c.Now)];
            }
            case UpdateProjectProgress c:
                Demand(ProjectPolicy.CanReportProgress(c.Actor, project));
                EnsureApproved(project);
                new Validator()
                    .Require(c.Percent is >= 0 and <= 100, "percent", "进度必须在0到100之间")
                    .NotBlank(c.Note, "note", "进展说明", 1000)
                    .ThrowIfAny();
                return [new ProjectProgressUpdated(project.Id, c.Percent, c.Note, by, c.Now)];
            case CompleteProject c:
                Demand(ProjectPolicy.CanManage(c.Actor, project.Owner));
                EnsureApproved(project);
                return [new ProjectCompleted(project.Id, project.Draft.OwnerUnitIds, c.Note, by, c.Now)];
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name);
        }
    }

    private static IReadOnlyList<IProjectEvent> ApplyDecision(ApplyMeetingDecision c, Project project)
    {
        Demand(ProjectPolicy.CanApplyDecision(c.Actor, project));
        if (project.MeetingId != c.MeetingId || project.AgendaItemId != c.AgendaItemId)
            throw DomainException.Conflict("项目未提交到该会议议题");
        var target = c.Outcome switch
        {
            DecisionOutcome.Approved => ProjectStatus.Approved,
            DecisionOutcome.Deferred => ProjectStatus.Deferred,
            _ => ProjectStatus.Rejected,
        };
        if (project.Status == target) return []; // the same decision delivered twice
        // The meeting may correct its decision until the minutes are approved; once work started it may not.
        if (project.Status is not (ProjectStatus.Proposed or ProjectStatus.Approved or ProjectStatus.Deferred or ProjectStatus.Rejected)
            || (project.Status == ProjectStatus.Approved && project.Percent > 0))
            throw DomainException.Conflict("项目状态已变化，不能再应用该决定");
        var by = c.Actor.PersonId;
        return target switch
        {
            ProjectStatus.Approved => [new ProjectApproved(project.Id, c.MeetingId, c.AgendaItemId, c.Note, by, c.Now)],
            ProjectStatus.Deferred => [new ProjectDeferred(project.Id, c.MeetingId, c.AgendaItemId, c.Note, by, c.Now)],
            _ => [new ProjectRejected(project.Id, c.MeetingId, c.AgendaItemId, c.Note, by, c.Now)],
        };
    }

    private static ProjectClaim PendingClaim(Project project, string claimId)
    {
        var claim = project.ClaimOf(claimId) ?? throw DomainException.NotFound("认领");
        if (claim.Status != ClaimStatus.Pending) throw DomainException.Conflict("该认领已处理");
        return claim;
    }

    private static void EnsureApproved(Project project)
    {
        if (project.Status != ProjectStatus.Approved)
            throw DomainException.Conflict(project.Status == ProjectStatus.Completed ? "项目已完成" : "项目尚未立项");
    }

    private static void Validate(ProjectDraft d) =>
        new Validator()
            .NotBlank(d.Title, "title", "项目名称", 100)
            .NotBlank(d.Description, "description", "项目内容", 2000)
            .Require(d.OwnerUnitIds.All(u => !string.IsNullOrWhiteSpace(u)), "ownerUnitIds", "责任单位无效")
            .Require(d.ResourceIds.Distinct().Count() == d.ResourceIds.Count, "resourceIds", "资源重复")
            .ThrowIfAny();

    public static Project? Evolve(Project? state, IProjectEvent @event) => @event switch
    {
        ProjectDrafted e => new Project(e.ProjectId, e.Owner, e.Draft, ProjectStatus.Draft, null, null, [], 0),
        ProjectEdited e => state! with { Draft = e.Draft },
        ProjectProposed e => state! with { Status = ProjectStatus.Proposed, MeetingId = e.MeetingId, AgendaItemId = e.AgendaItemId },
        ProjectApproved => state! with { Status = ProjectStatus.Approved },
        ProjectDeferred => state! with { Status = ProjectStatus.Deferred },
        ProjectRejected => state! with { Status = ProjectStatus.Rejected },
        ProjectClaimed e => state! with { Claims = [.. state.Claims, new ProjectClaim(e.ClaimId, e.UnitId, ClaimStatus.Pending)] },
        ProjectClaimConfirmed e => state!.WithClaim(e.ClaimId, ClaimStatus.Confirmed) with
        {
            Draft = state.Draft.OwnerUnitIds.Contains(e.UnitId) ? state.Draft : state.Draft with { OwnerUnitIds = [.. state.Draft.OwnerUnitIds, e.UnitId] },
        },
        ProjectClaimDeclined e => state!.WithClaim(e.ClaimId, ClaimStatus.Declined),
        ProjectProgressUpdated e => state! with { Percent = e.Percent },
        ProjectCompleted => state! with { Status = ProjectStatus.Completed, Percent = 100 },
        _ => state,
    };
}
