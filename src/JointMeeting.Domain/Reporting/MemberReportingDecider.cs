using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;
using static JointMeeting.Domain.Common.ScopeRules;

namespace JointMeeting.Domain.Reporting;

public sealed class MemberReportingDecider
    : IDecider<IMemberReportingCommand, IMemberReportingEvent, ReportingState<MemberReport>>
{
    public static ReportingState<MemberReport>? Initial => null;

    public static IReadOnlyList<IMemberReportingEvent> Decide(IMemberReportingCommand command, ReportingState<MemberReport>? state)
    {
        if (command is RequestMemberReport request) return [Request(request, state)];
        var reporting = state ?? throw DomainException.NotFound("报到记录");
        var by = command.Actor.PersonId;
        switch (command)
        {
            case ApproveMemberReport c:
            {
                var report = reporting.PendingReport(c.ReportId);
                Demand(ReportingPolicy.CanDecide(c.Actor, report.Target), "仅报到社区的书记或上级管理员可审核");
                var approved = new MemberReportApproved(reporting.SubjectId, report.ReportId, report.Target, report.UnitId,
                    report.GridId, report.BuildingId, by, c.Now);
                // A transfer: the old community keeps the member until now, then the new one takes over.
                return reporting.Approved is { } old
                    ? [new MemberReportEnded(reporting.SubjectId, old.ReportId, old.Target.OwnerId, ReportEndReason.Transferred, by, c.Now), approved]
                    : [approved];
            }
            case RejectMemberReport c:
            {
                var report = reporting.PendingReport(c.ReportId);
                Demand(ReportingPolicy.CanDecide(c.Actor, report.Target), "仅报到社区的书记或上级管理员可审核");
                new Validator().NotBlank(c.Reason, "reason", "驳回原因", 500).ThrowIfAny();
                return [new MemberReportRejected(reporting.SubjectId, report.ReportId, c.Reason.Trim(), by, c.Now)];
            }
            case WithdrawMemberReport c:
                if (reporting.Approved is { } current && current.ReportId == c.ReportId)
                {
                    Demand(ReportingPolicy.CanActForMember(c.Actor, reporting.SubjectId, current.Target));
                    return [new MemberReportEnded(reporting.SubjectId, current.ReportId, current.Target.OwnerId, ReportEndReason.Withdrawn, by, c.Now)];
                }
                var pending = reporting.PendingReport(c.ReportId);
                Demand(ReportingPolicy.CanActForMember(c.Actor, reporting.SubjectId, pending.Target));
                return [new MemberReportWithdrawn(reporting.SubjectId, pending.ReportId, by, c.Now)];
            case UpdateServiceProfile c:
            {
                var report = reporting.Approved ?? throw DomainException.Conflict("尚未通过报到，不能修改服务信息");
                Demand(!c.Actor.IsSystem && c.Actor.PersonId == reporting.SubjectId, "只能修改自己的服务信息");
                ValidateProfile(new Validator(), c.Profile).ThrowIfAny();
                return [new ServiceProfileUpdated(reporting.SubjectId, report.ReportId, Normalise(c.Profile), by, c.Now)];
            }
            case ChangeResidence c:
                return [ChangeResidenceOf(c, reporting)];
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name);
        }
    }

    public static ReportingState<MemberReport>? Evolve(ReportingState<MemberReport>? state, IMemberReportingEvent @event) => @event switch
    {
        MemberReportRequested e => (state ?? ReportingState<MemberReport>.Start(e.PersonId)) with
        {
            Pending = new MemberReport(e.ReportId, e.Community, e.UnitId, e.GridId, e.BuildingId, e.Profile),
        },
        MemberReportApproved => state!.ApprovePending(),
        MemberReportRejected e => state!.Close(e.ReportId) with { Pending = null },
        MemberReportWithdrawn e => state!.Close(e.ReportId) with { Pending = null },
        // On a transfer the approval that follows closes the old report; ending by withdrawal clears it.
        MemberReportEnded { Reason: ReportEndReason.Withdrawn } e => state!.Close(e.ReportId) with { Approved = null },
        ServiceProfileUpdated e => state! with { Approved = state.Approved! with { Profile = e.Profile } },
        MemberResidenceChanged e => state! with { Approved = state.Approved! with { GridId = e.GridId, BuildingId = e.BuildingId } },
        _ => state,
    };

    private static MemberReportRequested Request(RequestMemberReport c, ReportingState<MemberReport>? state)
    {
        Demand(ReportingPolicy.CanActForMember(c.Actor, c.PersonId, c.CommunityPath), "只能为自己报到，或由社区书记代为登记");
        var r = c.Residence;
        var v = new Validator()
            .Require(c.CommunityKind == OrganisationKind.Community && c.CommunityPath.CommunityId == c.CommunityId,
                "communityId", "在职党员须向居住地社区报到")
            .NotBlank(c.UnitId, "unitId", "工作单位", 100);
        ValidateProfile(ValidateResidence(v, r, c.CommunityId), c.Profile).ThrowIfAny();
        ReportRequestRules.EnsureCanRequest(state, c.ReportId, c.CommunityId);
        return new MemberReportRequested(c.PersonId, c.ReportId, c.CommunityPath, c.UnitId.Trim(), r.GridId, r.BuildingId,
            Normalise(c.Profile), c.Actor.PersonId, c.Now);
    }

    /// <summary>Only the approved report moves, and only inside its community; a transfer asks the new community instead.</summary>
    private static MemberResidenceChanged ChangeResidenceOf(ChangeResidence c, ReportingState<MemberReport> reporting)
    {
        if (reporting.Approved is not { } report || report.ReportId != c.ReportId)
            throw reporting.Knows(c.ReportId)
                ? DomainException.Conflict("只有已通过的报到可以变更住址")
                : DomainException.NotFound("报到记录");
        Demand(ReportingPolicy.CanActForMember(c.Actor, reporting.SubjectId, report.Target), "只能变更自己的住址，或由社区书记代为变更");
        var r = c.Residence;
        ValidateResidence(new Validator(), r, report.Target.CommunityId)
            .Require(r.GridId != report.GridId || r.BuildingId != report.BuildingId, "buildingId", "网格和楼栋与现在相同，无需变更")
            .ThrowIfAny();
        return new MemberResidenceChanged(reporting.SubjectId, report.ReportId, report.Target.OwnerId, r.GridId, r.BuildingId, c.Actor.PersonId, c.Now);
    }

    /// <summary>The grid lies in the community and the building in the grid (facts loaded from the tree).</summary>
    private static Validator ValidateResidence(Validator v, Residence r, string? communityId) =>
        v.Require(r.GridId is null || r.GridCommunityId == communityId, "gridId", "网格不在该社区内")
            .Require(r.BuildingId is null || (r.GridId is not null && r.BuildingGridId == r.GridId), "buildingId", "楼栋须属于所选网格");

    private static Validator ValidateProfile(Validator v, ServiceProfile p) =>
        v.Require(p.Skills.All(Enum.IsDefined), "skills", "特长无效")
            .Require(p.Skills.Distinct().Count() <= 10, "skills", "特长最多10项")
            .Require(p.PreferredCategories.All(x => !string.IsNullOrWhiteSpace(x) && x.Length <= 20), "preferredCategories", "服务类别不能为空且不超过20个字符")
            .Require(p.PreferredCategories.Distinct().Count() <= 10, "preferredCategories", "服务类别最多10项")
            .Require(p.Availability.All(s => Enum.IsDefined(s.Day) && Enum.IsDefined(s.Part)), "availability", "可服务时间无效");

    /// <summary>Duplicates removed and order fixed, so equal profiles are stored equally.</summary>
    private static ServiceProfile Normalise(ServiceProfile p) =>
        new(p.Skills.Distinct().Order().ToList(),
            p.PreferredCategories.Select(x => x.Trim()).Distinct().ToList(),
            p.Availability.Distinct().OrderBy(s => s.Day).ThenBy(s => s.Part).ToList());
}
