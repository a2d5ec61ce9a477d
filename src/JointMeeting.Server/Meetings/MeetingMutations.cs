using JointMeeting.GraphQL.Types;
using JointMeeting.Server.ActionItems;
using JointMeeting.Server.Meetings.Common;

namespace JointMeeting.Server.Meetings;

/// <summary>The meeting's mutations (API.md names scheduleMeeting; the rest follow the domain's commands).</summary>
public sealed class MeetingMutations : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Input<ScheduleMeetingInput>("ScheduleMeetingInput", i => i.Field("committeeId", "ID!").Field("title", "String")
            .Field("startsAt", "DateTime!").Field("endsAt", "DateTime!").Field("place", "String!").Field("cycleNumber", "Int").WriteFields());
        b.Input<RescheduleMeetingInput>("RescheduleMeetingInput", i => i.Field("meetingId", "ID!").Field("startsAt", "DateTime!")
            .Field("endsAt", "DateTime!").Field("place", "String!").Field("reason", "String").WriteFields());
        b.Input<MeetingActionInput>("MeetingActionInput", i => i.Field("meetingId", "ID!").Field("reason", "String").WriteFields());
        b.Input<AddAgendaItemInput>("AddAgendaItemInput", i => i.Field("meetingId", "ID!").Field("kind", "AgendaItemKind!")
            .Field("title", "String!").Field("refId", "ID").Field("description", "String").WriteFields());
        b.Input<RemoveAgendaItemInput>("RemoveAgendaItemInput", i => i.Field("meetingId", "ID!").Field("agendaItemId", "ID!").WriteFields());
        b.Input<RespondToInvitationInput>("RespondToInvitationInput", i => i.Field("meetingId", "ID!")
            .Field("response", "InvitationResponse!").Field("reason", "String", "请假事由").WriteFields());
        b.Input<SignInInput>("SignInInput", i => i.Field("meetingId", "ID!").Field("personId", "ID", "代签时填写；本人签到可省略").WriteFields());
        b.Input<RecordDecisionInput>("RecordDecisionInput", i => i.Field("meetingId", "ID!").Field("agendaItemId", "ID!")
            .Field("outcome", "DecisionOutcome!").Field("note", "String").WriteFields());
        b.Input<DraftMinutesInput>("DraftMinutesInput", i => i.Field("meetingId", "ID!").Field("text", "String!").WriteFields());

        b.Mutation("scheduleMeeting", f => f.Type("Meeting!").Description("召集会议：邀请全体委员（邮件附日历邀请）")
            .Argument("input", "ScheduleMeetingInput!").Resolve(async ctx =>
            {
                var input = ctx.Arg<ScheduleMeetingInput>("input");
                var w = await CycleWrite.BeginAsync(ctx, input);
                var meeting = await ctx.Service<MeetingService>().ScheduleAsync(w, input, ctx.CancellationToken);
                // Unfinished items of earlier meetings go on the new meeting's agenda (the reaction adds the items).
                await ctx.Service<ActionItemSupervision>().CarryOverToAsync(meeting.State.Committee.CommitteeId, meeting.Id, w.Now, ctx.CancellationToken);
                return meeting;
            }));
        Mutation<RescheduleMeetingInput>(b, "rescheduleMeeting", "改期（重新发送日历邀请，SEQUENCE 加一）", (s, w, i, ct) => s.RescheduleAsync(w, i, ct));
        Mutation<MeetingActionInput>(b, "cancelMeeting", "取消会议（发送日历取消）", (s, w, i, ct) => s.CancelAsync(w, i, ct));
        Mutation<AddAgendaItemInput>(b, "addAgendaItem", "增加议题", (s, w, i, ct) => s.AddAgendaItemAsync(w, i, ct));
        Mutation<RemoveAgendaItemInput>(b, "removeAgendaItem", "移除议题", (s, w, i, ct) => s.RemoveAgendaItemAsync(w, i, ct));
        Mutation<RespondToInvitationInput>(b, "respondToInvitation", "回复邀请：参会或请假（须说明事由）", (s, w, i, ct) => s.RespondAsync(w, i, ct));
        Mutation<SignInInput>(b, "signIn", "签到：本人在签到时间内，或由会议组织者代签", (s, w, i, ct) => s.SignInAsync(w, i, ct));
        Mutation<RecordDecisionInput>(b, "recordDecision", "记录议定事项", (s, w, i, ct) => s.RecordDecisionAsync(w, i, ct));
        Mutation<DraftMinutesInput>(b, "draftMinutes", "起草（保存）会议纪要", (s, w, i, ct) => s.DraftMinutesAsync(w, i, ct));
        Mutation<MeetingActionInput>(b, "approveMinutes", "召集人审定会议纪要", (s, w, i, ct) => s.ApproveMinutesAsync(w, i, ct));
        Mutation<MeetingActionInput>(b, "publishMinutes", "发布会议纪要（邮件发送全体委员）", (s, w, i, ct) => s.PublishMinutesAsync(w, i, ct));
    }

    private static void Mutation<TInput>(SchemaBuilder b, string name, string description,
        Func<MeetingService, CycleWrite, TInput, CancellationToken, Task<MeetingView>> run) where TInput : IWriteInput =>
        b.Mutation(name, f => f.Type("Meeting!").Description(description).Argument("input", typeof(TInput).Name + "!").Resolve(async ctx =>
        {
            var input = ctx.Arg<TInput>("input");
            var w = await CycleWrite.BeginAsync(ctx, input);
            return await run(ctx.Service<MeetingService>(), w, input, ctx.CancellationToken);
        }));
}
