using JointMeeting.Domain.Common;
using static JointMeeting.Domain.Common.ScopeRules;

namespace JointMeeting.Domain.Agreements;

public sealed class AgreementDecider : IDecider<IAgreementCommand, IAgreementEvent, Agreement>
{
    public static Agreement? Initial => null;

    public static IReadOnlyList<IAgreementEvent> Decide(IAgreementCommand command, Agreement? state)
    {
        if (command is DraftAgreement draft)
        {
            Demand(AgreementPolicy.CanDraft(draft.Actor, draft.Organisation, draft.UnitIsCoBuilding), "只能与本社区（街道）的共建单位签订协议");
            if (state is not null) throw DomainException.Conflict("协议已存在");
            Validate(draft.Terms, draft.Now);
            return [new AgreementDrafted(draft.AgreementId, draft.Organisation, draft.UnitId, draft.Terms, draft.Actor.PersonId, draft.Now)];
        }
        var agreement = state ?? throw DomainException.NotFound("共建协议");
        var by = command.Actor.PersonId;
        switch (command)
        {
            case EditAgreement c:
                Demand(AgreementPolicy.ActsFor(c.Actor, agreement, AgreementSide.Organisation));
                // Changing terms someone already signed would make their signature mean something else.
                if (agreement.Status != AgreementStatus.Draft || agreement.Signatures.Count > 0)
                    throw DomainException.Conflict("协议已签署，不能修改");
                Validate(c.Terms, c.Now);
                return [new AgreementEdited(agreement.Id, c.Terms, by, c.Now)];
            case SignAgreement c:
                Demand(AgreementPolicy.ActsFor(c.Actor, agreement, c.Side), "只能代表本方签署");
                if (agreement.Status != AgreementStatus.Draft) throw DomainException.Conflict("协议已生效或已终止");
                if (agreement.Signatures.Contains(c.Side)) throw DomainException.Conflict("本方已签署");
                if (ChinaTime.Today(c.Now) > agreement.Terms.EndsOn) throw DomainException.Conflict("协议期限已过，请修改期限后再签署");
                var signed = new AgreementSigned(agreement.Id, c.Side, by, c.Now);
                return agreement.Signatures.Count == 1
                    ? [signed, new AgreementTookEffect(agreement.Id, agreement.Organisation, agreement.UnitId, by, c.Now)]
                    : [signed];
            case TerminateAgreement c:
                var side = AgreementPolicy.SideOf(c.Actor, agreement);
                Demand(side is not null);
                if (agreement.Status == AgreementStatus.Terminated) throw DomainException.Conflict("协议已终止");
                new Validator().NotBlank(c.Reason, "reason", "终止原因", 500).ThrowIfAny();
                return [new AgreementTerminated(agreement.Id, side!.Value, c.Reason, by, c.Now)];
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name);
        }
    }

    private static void Validate(AgreementTerms t, DateTimeOffset now) =>
        new Validator()
            .NotBlank(t.Title, "title", "协议名称", 100)
            .NotBlank(t.Scope, "scope", "共建内容", 5000)
            .Require(t.EndsOn > t.StartsOn, "endsOn", "协议结束日期必须晚于开始日期")
            .Require(t.EndsOn >= ChinaTime.Today(now), "endsOn", "协议结束日期不能早于今天")
            .ThrowIfAny();

    public static Agreement? Evolve(Agreement? state, IAgreementEvent @event) => @event switch
    {
        AgreementDrafted e => new Agreement(e.AgreementId, e.Organisation, e.UnitId, e.Terms, new HashSet<AgreementSide>(), AgreementStatus.Draft),
        AgreementEdited e => state! with { Terms = e.Terms },
        AgreementSigned e => state! with { Signatures = new HashSet<AgreementSide>(state.Signatures) { e.Side } },
        AgreementTookEffect => state! with { Status = AgreementStatus.Effective },
        AgreementTerminated => state! with { Status = AgreementStatus.Terminated },
        _ => state,
    };
}
