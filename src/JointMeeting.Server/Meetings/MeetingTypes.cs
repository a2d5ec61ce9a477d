using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.GraphQL.Execution.DataLoader;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.ActionItems;
using JointMeeting.Server.Meetings.Common;

namespace JointMeeting.Server.Meetings;

/// <summary>Where a meeting stands for the viewer's clock.</summary>
public enum MeetingPhase { Upcoming, InProgress, Held, Cancelled }

/// <summary>A committee member as invited to one meeting, with their answer and sign-in.</summary>
public sealed record AgendaEntry(AgendaItem Item, Decision? Decision);

public sealed record MeetingInvitee(CommitteeMember Member, Invitation? Answer, SignInRecord? SignedIn);

/// <summary>The meeting page in GraphQL: agenda, invitations and answers, attendance per unit, decisions, minutes, action items.</summary>
public sealed class MeetingTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Enum<MeetingPhase>("MeetingPhase", "会议阶段：待召开、进行中、已召开、已取消")
            .Enum<AgendaItemKind>("AgendaItemKind", "议题类型：项目、结转督办事项、其他")
            .Enum<DecisionOutcome>("DecisionOutcome", "决定：通过、暂缓、不通过")
            .Enum<InvitationResponse>("InvitationResponse", "回复：参会、请假")
            .Enum<MinutesStatus>("MinutesStatus", "纪要状态：无、草稿、已审定、已发布");

        b.Object<MeetingView>("Meeting", t =>
        {
            t.Description("联席会议的一次会议");
            t.Field("id", x => x.Id).Type("ID!");
            t.Field("version", x => (int)x.Version).Type("Int!");
            t.Field("committeeId", x => x.State.Committee.CommitteeId).Type("ID!");
            t.Field("committeeName", x => x.State.Committee.Name).Type("String!");
            t.Field("organisationId", x => x.State.Committee.Path.OwnerId).Type("ID!");
            t.Field("cycleNumber", x => x.State.CycleNumber).Type("Int!");
            t.Field("periodKey", x => x.State.PeriodKey);
            t.Field("title", x => x.State.Title).Type("String!");
            t.Field("startsAt", x => x.State.Slot.StartsAt).Type("DateTime!");
            t.Field("endsAt", x => x.State.Slot.EndsAt).Type("DateTime!");
            t.Field("place", x => x.State.Place).Type("String!");
            t.Field("sequence", x => x.State.Sequence).Type("Int!").Description("日历邀请的 SEQUENCE（每次改期、取消加一）");
            t.Field("phase").Type("MeetingPhase!").Resolve(ctx => PhaseOf(ctx.Parent<MeetingView>().State, ctx.Service<TimeProvider>().GetUtcNow()));
            t.Field("cancelReason", x => x.State.CancelReason);
            t.Field("convenerPersonId", x => x.State.ConvenerPersonId).Type("ID!");
            t.Field("agenda", x => x.State.Agenda.Select(a => new AgendaEntry(a, x.State.Decisions.GetValueOrDefault(a.AgendaItemId))).ToList())
                .Type("[AgendaItem!]!");
            t.Field("invitations", x => x.State.Committee.Members
                .Select(m => new MeetingInvitee(m, x.State.Invitations.GetValueOrDefault(m.PersonId), x.State.SignIns.GetValueOrDefault(m.PersonId)))
                .ToList()).Type("[MeetingInvitee!]!");
            t.Field("attendance", x => x.State.AttendanceByUnit()).Type("[UnitAttendance!]!");
            t.Field("signedInCount", x => x.State.SignIns.Count).Type("Int!");
            t.Field("minutesStatus", x => x.State.MinutesStatus).Type("MinutesStatus!");
            t.Field("minutesText", x => x.State.MinutesText);
            t.Field("actionItems").Type("[ActionItem!]!").Resolve(async ctx =>
            {
                var loader = ctx.DataLoader<string, List<ActionItemView>>("meeting.actionItems", async (ids, ct) =>
                    (await ctx.Service<ActionItemBoard>().OfMeetingsAsync(ids, ct)).GroupBy(i => i.State.MeetingId)
                        .ToDictionary(g => g.Key, g => g.ToList()));
                return await loader.LoadAsync(ctx.Parent<MeetingView>().Id) ?? [];
            });
            t.Field("scheduledAt", x => x.ScheduledAt).Type("DateTime!");
            t.Field("canManage").Type("Boolean!").Description("当前用户可改期、编排议程、记录决定、起草纪要")
                .Resolve(async ctx => MeetingPolicy.CanManage(await CycleWrite.ViewerAsync(ctx), ctx.Parent<MeetingView>().State));
            t.Field("canApproveMinutes").Type("Boolean!").Description("当前用户是召集人")
                .Resolve(async ctx => MeetingPolicy.CanApproveMinutes(await CycleWrite.ViewerAsync(ctx), ctx.Parent<MeetingView>().State));
            t.Field("isInvited").Type("Boolean!")
                .Resolve(async ctx => MeetingPolicy.IsInvited(await CycleWrite.ViewerAsync(ctx), ctx.Parent<MeetingView>().State));
            t.Field("signInOpen").Type("Boolean!").Description("现在可自助签到（会前30分钟至会议结束）")
                .Resolve(ctx => ctx.Parent<MeetingView>().State.IsSignInOpen(ctx.Service<TimeProvider>().GetUtcNow()));
        });

        b.Object<AgendaEntry>("AgendaItem", t =>
        {
            t.Field("id", x => x.Item.AgendaItemId).Type("ID!");
            t.Field("kind", x => x.Item.Kind).Type("AgendaItemKind!");
            t.Field("title", x => x.Item.Title).Type("String!");
            t.Field("refId", x => x.Item.RefId).Type("ID").Description("项目或结转督办事项的编号");
            t.Field("description", x => x.Item.Description);
            t.Field("decision", x => x.Decision).Type("MeetingDecision");
        });

        b.Object<Decision>("MeetingDecision", t =>
        {
            t.Field("agendaItemId", x => x.AgendaItemId).Type("ID!");
            t.Field("outcome", x => x.Outcome).Type("DecisionOutcome!");
            t.Field("outcomeLabel", x => MeetingLabels.Outcomes[x.Outcome]).Type("String!");
            t.Field("note", x => x.Note);
        });
        b.Object<MeetingView>("Meeting", t => t.Field("decisions", x => x.State.Decisions.Values.ToList()).Type("[MeetingDecision!]!"));

        b.Object<MeetingInvitee>("MeetingInvitee", t =>
        {
            t.Field("personId", x => x.Member.PersonId).Type("ID!");
            t.Field("name", x => x.Member.Name).Type("String!");
            t.Field("unitId", x => x.Member.UnitId).Type("ID");
            t.Field("unitName").Type("String").Resolve(ctx => ctx.OrganisationNameAsync(ctx.Parent<MeetingInvitee>().Member.UnitId));
            t.Field("response", x => x.Answer?.Response).Type("InvitationResponse");
            t.Field("leaveReason", x => x.Answer?.Reason);
            t.Field("signedInAt", x => x.SignedIn?.At).Type("DateTime");
        });

        b.Object<UnitAttendance>("UnitAttendance", t =>
        {
            t.Field("unitId", x => x.UnitId).Type("ID!");
            t.Field("unitName").Type("String!").Resolve(ctx => ctx.OrganisationNameAsync(ctx.Parent<UnitAttendance>().UnitId));
            t.Field("invited", x => x.Invited).Type("Int!");
            t.Field("signedIn", x => x.SignedIn).Type("Int!");
            t.Field("onLeave", x => x.OnLeave).Type("Int!");
        });

        b.Query("meetings", f => f.Type("[Meeting!]!").Description("某联席会议的会议（按时间倒序）")
            .Argument("committeeId", "ID!").Resolve(async ctx =>
            {
                await CycleWrite.ViewerAsync(ctx);
                return await ctx.Service<MeetingBoard>().ListAsync(ctx.Arg<string>("committeeId"), ctx.CancellationToken);
            }));
        b.Query("meetingsOfOrganisation", f => f.Type("[Meeting!]!").Description("某组织（及下辖）各联席会议的会议")
            .Argument("organisationId", "ID!").Resolve(async ctx =>
            {
                await CycleWrite.ViewerAsync(ctx);
                return await ctx.Service<MeetingBoard>().OfOrganisationAsync(ctx.Arg<string>("organisationId"), ctx.CancellationToken);
            }));
        b.Query("meeting", f => f.Type("Meeting").Argument("id", "ID!").Resolve(async ctx =>
        {
            await CycleWrite.ViewerAsync(ctx);
            return await ctx.Service<MeetingBoard>().FindAsync(ctx.Arg<string>("id"), ctx.CancellationToken);
        }));
    }

    public static MeetingPhase PhaseOf(Meeting m, DateTimeOffset now) =>
        m.IsCancelled ? MeetingPhase.Cancelled
        : now < m.Slot.StartsAt ? MeetingPhase.Upcoming
        : now <= m.Slot.EndsAt ? MeetingPhase.InProgress
        : MeetingPhase.Held;
}
