using JointMeeting.Domain.ActionItems;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using static JointMeeting.Domain.Tests.Support.CycleCast;
using ItemSpec = JointMeeting.Domain.Tests.Support.DeciderSpec<
    JointMeeting.Domain.ActionItems.IActionItemCommand, JointMeeting.Domain.ActionItems.IActionItemEvent,
    JointMeeting.Domain.ActionItems.ActionItem, JointMeeting.Domain.ActionItems.ActionItemDecider>;

namespace JointMeeting.Domain.Tests.ActionItems;

public class ActionItemDeciderTests
{
    private static readonly DecisionFacts Decision = new("m1", "a1", DecisionOutcome.Approved, Community, "p-comm");
    private static readonly ActionOwner Unit1 = new(OwnerKind.Unit, "u1", "某供电公司");
    private static readonly DateOnly Due = Today.AddDays(10);

    internal static readonly ActionItemCreated Created =
        new("ai1", "m1", "a1", Community, "p-comm", "落实清运车辆", Unit1, Due, Due.AddDays(-3), "p-comm", Now);

    private static DateTimeOffset On(DateOnly day) => ChinaTime.StartOf(day).AddHours(9);

    private static CreateActionItem Create(ActionOwner? owner = null, DateOnly? due = null) =>
        new(CommunitySecretary, Now, "ai1", Decision, "落实清运车辆", owner ?? Unit1, due ?? Due);

    [Fact]
    public void A_secretary_creates_an_item_from_a_decision_with_a_reminder_date() =>
        ItemSpec.Given().Then(Create(), Created);

    [Fact]
    public void An_item_without_owner_or_due_date_is_a_validation_error()
    {
        var error = ItemSpec.Given().ThenFails(Create() with { Owner = null, DueDate = null }, ErrorCode.Validation);
        Assert.Equal("请指定责任单位或责任人", error.Fields["owner"]);
        Assert.Contains("dueDate", error.Fields.Keys);
        ItemSpec.Given().ThenFails(Create(new ActionOwner(OwnerKind.Person, " ", "")), ErrorCode.Validation);
        ItemSpec.Given().ThenFails(Create(due: Today.AddDays(-1)), ErrorCode.Validation);
    }

    [Fact]
    public void Creation_needs_the_decision_a_secretary_in_scope_and_not_a_rejection()
    {
        ItemSpec.Given().ThenFails(Create() with { Decision = null }, ErrorCode.NotFound);
        ItemSpec.Given().ThenFails(Create() with { Actor = OtherSecretary }, ErrorCode.Forbidden);
        ItemSpec.Given().ThenFails(Create() with { Decision = Decision with { Outcome = DecisionOutcome.Rejected } }, ErrorCode.Conflict);
        ItemSpec.Given(Created).ThenFails(Create(), ErrorCode.Conflict);
        Assert.Equal("m1.a1.0", ActionItem.IdFromDecision("m1", "a1", 0));
    }

    [Fact]
    public void The_owning_units_contact_or_a_person_owner_updates_progress()
    {
        ItemSpec.Given(Created).Then(new UpdateActionItemProgress(UnitContact, Now, "ai1", 40, "已联系车队"),
            new ActionItemProgressUpdated("ai1", 40, "已联系车队", "p-unit1", Now));
        ItemSpec.Given(Created).ThenFails(new UpdateActionItemProgress(OtherUnitContact, Now, "ai1", 40, "x"), ErrorCode.Forbidden);
        ItemSpec.Given(Created).ThenFails(new UpdateActionItemProgress(UnitContact, Now, "ai1", 140, ""), ErrorCode.Validation);
        var personal = Created with { Owner = new ActionOwner(OwnerKind.Person, "p-member", "张三") };
        Assert.Single(ItemSpec.Given(personal).When(new UpdateActionItemProgress(Member, Now, "ai1", 10, "开始")));
    }

    [Fact]
    public void Completing_on_time_or_late()
    {
        var onTime = ItemSpec.Given(Created).Then(new CompleteActionItem(UnitContact, On(Due), "ai1", null),
            new ActionItemCompleted("ai1", Unit1, false, null, "p-unit1", On(Due)));
        Assert.Equal(100, onTime!.Percent);
        var late = Assert.IsType<ActionItemCompleted>(Assert.Single(ItemSpec.Given(Created).When(new CompleteActionItem(UnitContact, On(Due.AddDays(1)), "ai1", null))));
        Assert.True(late.Late);
    }

    [Fact]
    public void Finished_items_take_no_more_work()
    {
        var done = ItemSpec.Given(Created, new ActionItemCompleted("ai1", Unit1, false, null, "p-unit1", Now));
        done.ThenFails(new UpdateActionItemProgress(UnitContact, Now, "ai1", 50, "x"), ErrorCode.Conflict);
        done.ThenFails(new DropActionItem(CommunitySecretary, Now, "ai1", "x"), ErrorCode.Conflict);
    }

    [Fact]
    public void Only_supervisors_drop_with_a_reason()
    {
        ItemSpec.Given(Created).ThenFails(new DropActionItem(UnitContact, Now, "ai1", "不做了"), ErrorCode.Forbidden);
        ItemSpec.Given(Created).ThenFails(new DropActionItem(CommunitySecretary, Now, "ai1", ""), ErrorCode.Validation);
        ItemSpec.Given(Created).Then(new DropActionItem(CommunitySecretary, Now, "ai1", "并入其他项目"),
            new ActionItemDropped("ai1", "并入其他项目", "p-comm", Now));
    }

    [Fact]
    public void The_reminder_goes_once_from_the_reminder_date()
    {
        Assert.Equal(Due.AddDays(-3), ItemSpec.Given(Created).State!.NextCheckOn);
        Assert.Empty(ItemSpec.Given(Created).When(new SendActionItemReminder(Actor.System, On(Due.AddDays(-4)), "ai1")));
        var sent = ItemSpec.Given(Created).And(new SendActionItemReminder(Actor.System, On(Due.AddDays(-3)), "ai1"));
        Assert.Equal(Due.AddDays(1), sent.State!.NextCheckOn);
        Assert.Empty(sent.When(new SendActionItemReminder(Actor.System, On(Due), "ai1")));
        ItemSpec.Given(Created).ThenFails(new SendActionItemReminder(CommunitySecretary, On(Due), "ai1"), ErrorCode.Forbidden);
    }

    [Fact]
    public void Overdue_items_escalate_to_the_convener_once()
    {
        Assert.Empty(ItemSpec.Given(Created).When(new EscalateOverdueActionItem(Actor.System, On(Due), "ai1")));
        var spec = ItemSpec.Given(Created);
        spec.Then(new EscalateOverdueActionItem(Actor.System, On(Due.AddDays(2)), "ai1"),
            new ActionItemEscalated("ai1", "p-comm", 2, "system", On(Due.AddDays(2))));
        var escalated = spec.And(new EscalateOverdueActionItem(Actor.System, On(Due.AddDays(2)), "ai1"));
        Assert.Empty(escalated.When(new EscalateOverdueActionItem(Actor.System, On(Due.AddDays(3)), "ai1")));
        Assert.Null(escalated.State!.NextCheckOn);
        Assert.Empty(ItemSpec.Given(Created, new ActionItemDropped("ai1", "x", "p-comm", Now))
            .When(new EscalateOverdueActionItem(Actor.System, On(Due.AddDays(2)), "ai1")));
    }

    [Fact]
    public void Carrying_over_is_idempotent_per_target_meeting()
    {
        var spec = ItemSpec.Given(Created).And(new CarryOverActionItem(Actor.System, Now, "ai1", "m2"));
        Assert.Equal(["m2"], spec.State!.CarriedOverTo);
        Assert.Empty(spec.When(new CarryOverActionItem(Actor.System, Now, "ai1", "m2")));
        Assert.Single(spec.When(new CarryOverActionItem(Actor.System, Now, "ai1", "m3")));
        spec.ThenFails(new CarryOverActionItem(Actor.System, Now, "ai1", "m1"), ErrorCode.Validation);
        spec.ThenFails(new CarryOverActionItem(UnitContact, Now, "ai1", "m3"), ErrorCode.Forbidden);
        Assert.Empty(ItemSpec.Given(Created, new ActionItemCompleted("ai1", Unit1, false, null, "p-unit1", Now))
            .When(new CarryOverActionItem(Actor.System, Now, "ai1", "m2")));
    }

    [Fact]
    public void The_carried_over_agenda_item_is_derived_from_the_item()
    {
        var agendaItem = ItemSpec.Given(Created).State!.ToCarriedOverAgendaItem();
        Assert.Equal(new AgendaItem("carry-ai1", AgendaItemKind.CarriedOverActionItem, "落实清运车辆", "ai1", $"责任：某供电公司；时限：{Due:yyyy-MM-dd}；进度：0%"), agendaItem);
    }

    [Theory]
    [InlineData(false, ReviewOutcome.Done)]
    [InlineData(true, ReviewOutcome.Late)]
    public void Review_of_completed_items(bool late, ReviewOutcome expected) =>
        ItemSpec.Given(Created, new ActionItemCompleted("ai1", Unit1, late, null, "p-unit1", Now))
            .Then(new ReviewActionItem(CommunitySecretary, Now, "ai1", "m2", 5, "居民满意"),
                new ActionItemReviewed("ai1", "m2", expected, 5, "居民满意", "p-comm", Now));

    [Fact]
    public void Review_of_dropped_overdue_and_not_yet_due_items()
    {
        Assert.Equal(ReviewOutcome.Dropped, Assert.IsType<ActionItemReviewed>(Assert.Single(
            ItemSpec.Given(Created, new ActionItemDropped("ai1", "x", "p-comm", Now)).When(new ReviewActionItem(CommunitySecretary, Now, "ai1", "m2", 3, null)))).Outcome);
        Assert.Equal(ReviewOutcome.Late, Assert.IsType<ActionItemReviewed>(Assert.Single(
            ItemSpec.Given(Created).When(new ReviewActionItem(CommunitySecretary, On(Due.AddDays(1)), "ai1", "m2", 2, null)))).Outcome);
        ItemSpec.Given(Created).ThenFails(new ReviewActionItem(CommunitySecretary, Now, "ai1", "m2", 3, null), ErrorCode.Conflict);
    }

    [Fact]
    public void Review_rules()
    {
        var done = ItemSpec.Given(Created, new ActionItemCompleted("ai1", Unit1, false, null, "p-unit1", Now));
        done.ThenFails(new ReviewActionItem(CommunitySecretary, Now, "ai1", "m2", 6, null), ErrorCode.Validation);
        done.ThenFails(new ReviewActionItem(UnitContact, Now, "ai1", "m2", 5, null), ErrorCode.Forbidden);
        done.And(new ReviewActionItem(CommunitySecretary, Now, "ai1", "m2", 4, null))
            .ThenFails(new ReviewActionItem(CommunitySecretary, Now, "ai1", "m2", 4, null), ErrorCode.Conflict);
    }

    [Fact]
    public void Every_event_has_a_unique_stable_name()
    {
        var declared = typeof(IActionItemEvent).Assembly.GetTypes().Where(t => typeof(IActionItemEvent).IsAssignableFrom(t) && !t.IsInterface);
        Assert.Equal(declared.OrderBy(t => t.Name), ActionItemEventNames.All.Select(n => n.Type).OrderBy(t => t.Name));
        Assert.Equal(ActionItemEventNames.All.Count, ActionItemEventNames.All.Select(n => n.Name).Distinct().Count());
    }
}
