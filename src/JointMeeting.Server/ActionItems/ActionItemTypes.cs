using JointMeeting.Domain.ActionItems;
using JointMeeting.Domain.Common;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Meetings.Common;

namespace JointMeeting.Server.ActionItems;

/// <summary>督办事项 in GraphQL: the supervision board (overdue first) and the item's life.</summary>
public sealed class ActionItemTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Enum<ActionItemStatus>("ActionItemStatus", "督办状态：办理中、已办结、已撤销")
            .Enum<OwnerKind>("ActionOwnerKind", "责任单位或责任人")
            .Enum<ReviewOutcome>("ActionItemReviewOutcome", "评议结果：按时办结、逾期、撤销");

        b.Object<ActionItemHistoryEntry>("ActionItemHistoryEntry", t =>
        {
            t.Description("督办事项的一条经过：谁在何时做了什么");
            t.Field("version", x => (int)x.Version).Type("Int!");
            t.Field("event", x => x.Event).Type("String!");
            t.Field("action", x => x.Action).Type("String!");
            t.Field("byId", x => x.ById).Type("ID");
            t.Field("byName", x => x.ByName).Type("String");
            t.Field("at", x => x.At).Type("DateTime!");
            t.Field("percent", x => x.Percent).Type("Int").Description("此时的进度（更新进度、办结时）");
            t.Field("detail", x => x.Detail).Type("String").Description("进度说明、撤销原因、评议结果等");
        });

        b.Object<ActionItemView>("ActionItem", t =>
        {
            t.Description("督办事项（议定事项的落实）");
            t.Field("id", x => x.Id).Type("ID!");
            t.Field("version", x => (int)x.Version).Type("Int!");
            t.Field("meetingId", x => x.State.MeetingId).Type("ID!");
            t.Field("agendaItemId", x => x.State.AgendaItemId).Type("ID!");
            t.Field("committeeId", x => x.CommitteeId).Type("ID!");
            t.Field("title", x => x.State.Title).Type("String!");
            t.Field("ownerKind", x => x.State.Owner.Kind).Type("ActionOwnerKind!");
            t.Field("ownerId", x => x.State.Owner.Id).Type("ID!");
            t.Field("ownerName", x => x.State.Owner.Name).Type("String!");
            t.Field("dueDate", x => x.State.DueDate).Type("Date!");
            t.Field("remindOn", x => x.State.RemindOn).Type("Date!");
            t.Field("status", x => x.State.Status).Type("ActionItemStatus!");
            t.Field("percent", x => x.State.Percent).Type("Int!");
            t.Field("completedLate", x => x.State.CompletedLate).Type("Boolean!");
            t.Field("reminderSent", x => x.State.ReminderSent).Type("Boolean!");
            t.Field("escalated", x => x.State.Escalated).Type("Boolean!");
            t.Field("overdue").Type("Boolean!").Resolve(ctx =>
                ctx.Parent<ActionItemView>().State.IsOverdue(ChinaTime.Today(ctx.Service<TimeProvider>().GetUtcNow())));
            t.Field("carriedOverTo", x => x.State.CarriedOverTo).Type("[ID!]!");
            t.Field("review", x => x.State.Review).Type("ActionItemReviewOutcome");
            t.Field("createdAt", x => x.CreatedAt).Type("DateTime!");
            t.Field("updatedAt", x => x.UpdatedAt).Type("DateTime!");
            t.Field("history").Type("[ActionItemHistoryEntry!]!").Description("完整经过（按时间先后）")
                .Resolve(async ctx => await ctx.Service<ActionItemHistory>().OfAsync(ctx.Parent<ActionItemView>().Id, ctx.CancellationToken));
            t.Field("canWorkOn").Type("Boolean!").Description("当前用户可更新进度、办结")
                .Resolve(async ctx => ActionItemPolicy.CanWorkOn(await CycleWrite.ViewerAsync(ctx), ctx.Parent<ActionItemView>().State));
            t.Field("canSupervise").Type("Boolean!").Description("当前用户可撤销、评议")
                .Resolve(async ctx => ActionItemPolicy.CanSupervise(await CycleWrite.ViewerAsync(ctx), ctx.Parent<ActionItemView>().State.CommitteePath));
        });

        b.Query("supervisionBoard", f => f.Type("[ActionItem!]!").Description("督办台账：某组织（及下辖）或某责任单位的督办事项，逾期在前")
            .Argument("organisationId", "ID!").Resolve(async ctx =>
            {
                await CycleWrite.ViewerAsync(ctx);
                var today = ChinaTime.Today(ctx.Service<TimeProvider>().GetUtcNow());
                return await ctx.Service<ActionItemBoard>().SupervisionAsync(ctx.Arg<string>("organisationId"), today, ctx.CancellationToken);
            }));
        b.Query("actionItem", f => f.Type("ActionItem").Argument("id", "ID!").Resolve(async ctx =>
        {
            await CycleWrite.ViewerAsync(ctx);
            return await ctx.Service<ActionItemBoard>().FindAsync(ctx.Arg<string>("id"), ctx.CancellationToken);
        }));

        b.Input<CreateActionItemInput>("CreateActionItemInput", i => i.Field("meetingId", "ID!").Field("agendaItemId", "ID!")
            .Field("title", "String!").Field("ownerKind", "ActionOwnerKind").Field("ownerId", "ID").Field("dueDate", "Date")
            .Field("remindDaysBefore", "Int", "到期前几天提醒（默认3天）").WriteFields());
        b.Input<ActionItemProgressInput>("ActionItemProgressInput", i => i.Field("actionItemId", "ID!").Field("percent", "Int!")
            .Field("note", "String!").WriteFields());
        b.Input<ActionItemActionInput>("ActionItemActionInput", i => i.Field("actionItemId", "ID!").Field("note", "String")
            .Field("reason", "String").WriteFields());
        b.Input<ReviewActionItemInput>("ReviewActionItemInput", i => i.Field("actionItemId", "ID!").Field("reviewMeetingId", "ID!")
            .Field("satisfaction", "Int!", "群众满意度1–5").Field("note", "String").WriteFields());

        Mutation<CreateActionItemInput>(b, "createActionItem", "由议定事项生成督办事项（须有责任单位或责任人及时限）", (s, w, i, ct) => s.CreateAsync(w, i, ct));
        Mutation<ActionItemProgressInput>(b, "updateActionItemProgress", "更新办理进度", (s, w, i, ct) => s.UpdateProgressAsync(w, i, ct));
        Mutation<ActionItemActionInput>(b, "completeActionItem", "办结", (s, w, i, ct) => s.CompleteAsync(w, i, ct));
        Mutation<ActionItemActionInput>(b, "dropActionItem", "撤销（须说明原因）", (s, w, i, ct) => s.DropAsync(w, i, ct));
        Mutation<ReviewActionItemInput>(b, "reviewActionItem", "下次会议评议", (s, w, i, ct) => s.ReviewAsync(w, i, ct));
    }

    private static void Mutation<TInput>(SchemaBuilder b, string name, string description,
        Func<ActionItemService, CycleWrite, TInput, CancellationToken, Task<ActionItemView>> run) where TInput : IWriteInput =>
        b.Mutation(name, f => f.Type("ActionItem!").Description(description).Argument("input", typeof(TInput).Name + "!").Resolve(async ctx =>
        {
            var input = ctx.Arg<TInput>("input");
            var w = await CycleWrite.BeginAsync(ctx, input);
            return await run(ctx.Service<ActionItemService>(), w, input, ctx.CancellationToken);
        }));
}
