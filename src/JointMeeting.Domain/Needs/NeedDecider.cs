using JointMeeting.Domain.Common;
using static JointMeeting.Domain.Common.ScopeRules;

namespace JointMeeting.Domain.Needs;

public sealed class NeedDecider : IDecider<INeedCommand, INeedEvent, Need>
{
    public static Need? Initial => null;

    public static IReadOnlyList<INeedEvent> Decide(INeedCommand command, Need? state)
    {
        if (command is PostNeed post) return [Post(post, state)];
        var need = state ?? throw DomainException.NotFound("需求");
        var by = command.Actor.PersonId;
        switch (command)
        {
            case EditNeed c:
                Demand(NeedPolicy.CanManage(c.Actor, need.Owner));
                EnsureNotFinished(need);
                Validate(c.Draft, c.Now);
                return [new NeedEdited(need.Id, c.Draft, by, c.Now)];
            case CloseNeed c:
                Demand(NeedPolicy.CanManage(c.Actor, need.Owner));
                EnsureNotFinished(need);
                var confirmed = need.ActiveClaim is { Status: ClaimStatus.Confirmed } claim ? claim.UnitId : null;
                return [new NeedClosed(need.Id, confirmed, c.Note, by, c.Now)];
            case WithdrawNeed c:
                Demand(NeedPolicy.CanManage(c.Actor, need.Owner));
                EnsureNotFinished(need);
                new Validator().NotBlank(c.Reason, "reason", "撤回原因", 500).ThrowIfAny();
                return [new NeedWithdrawn(need.Id, c.Reason, by, c.Now)];
            case ClaimNeed c:
                return [Claim(c, need)];
            case ConfirmNeedClaim c:
                Demand(NeedPolicy.CanDecideClaim(c.Actor, need), "只有发布需求的社区（街道）可以确认认领");
                var toConfirm = PendingClaim(need, c.ClaimId);
                return [new NeedClaimConfirmed(need.Id, toConfirm.ClaimId, toConfirm.UnitId, by, c.Now)];
            case DeclineNeedClaim c:
                Demand(NeedPolicy.CanDecideClaim(c.Actor, need), "只有发布需求的社区（街道）可以拒绝认领");
                new Validator().NotBlank(c.Reason, "reason", "拒绝原因", 500).ThrowIfAny();
                var toDecline = PendingClaim(need, c.ClaimId);
                return [new NeedClaimDeclined(need.Id, toDecline.ClaimId, toDecline.UnitId, c.Reason, by, c.Now)];
            case WithdrawNeedClaim c:
                var own = need.ClaimOf(c.ClaimId) ?? throw DomainException.NotFound("认领");
                Demand(NeedPolicy.CanWithdrawClaim(c.Actor, own));
                if (own.Status != ClaimStatus.Pending) throw DomainException.Conflict("只能撤回待确认的认领");
                return [new NeedClaimWithdrawn(need.Id, own.ClaimId, own.UnitId, by, c.Now)];
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name);
        }
    }

    private static NeedPosted Post(PostNeed c, Need? state)
    {
        Demand(NeedPolicy.CanManage(c.Actor, c.Owner));
        if (state is not null) throw DomainException.Conflict("需求已存在");
        Validate(c.Draft, c.Now);
        return new NeedPosted(c.NeedId, c.Owner, c.Draft, c.Actor.PersonId, c.Now);
    }

    private static NeedClaimed Claim(ClaimNeed c, Need need)
    {
        Demand(c.Actor.IsContactOf(c.UnitId), "只能以本单位名义认领");
        Demand(NeedPolicy.CanClaim(c.Actor, c.UnitId, c.UnitIsCoBuilding), "该单位不是本社区（街道）的共建单位");
        EnsureNotFinished(need);
        if (need.ActiveClaim is { } held)
            throw DomainException.Conflict(held.UnitId == c.UnitId ? "本单位已认领该需求" : "该需求已被其他单位认领");
        if (need.Draft.Deadline < ChinaTime.Today(c.Now)) throw DomainException.Conflict("需求已过截止日期");
        if (need.ClaimOf(c.ClaimId) is not null) throw DomainException.Conflict("认领编号重复");
        return new NeedClaimed(need.Id, c.ClaimId, c.UnitId, c.Note, c.Actor.PersonId, c.Now);
    }

    private static NeedClaim PendingClaim(Need need, string claimId)
    {
        var claim = need.ClaimOf(claimId) ?? throw DomainException.NotFound("认领");
        if (claim.Status != ClaimStatus.Pending) throw DomainException.Conflict("该认领已处理");
        return claim;
    }

    private static void EnsureNotFinished(Need need)
    {
        if (need.IsFinished) throw DomainException.Conflict(need.IsClosed ? "需求已关闭" : "需求已撤回");
    }

    internal static void Validate(NeedDraft d, DateTimeOffset now) =>
        new Validator()
            .NotBlank(d.Title, "title", "标题", 100)
            .Require(Enum.IsDefined(d.Category), "category", "需求类别无效")
            .NotBlank(d.Description, "description", "需求描述", 2000)
            .NotBlank(d.Place, "place", "地点", 200)
            .Require(Enum.IsDefined(d.Urgency), "urgency", "紧急程度无效")
            .NotBlank(d.WhatIsNeeded, "whatIsNeeded", "所需支持", 500)
            .Require(d.QuantityNeeded is null or > 0, "quantityNeeded", "所需数量必须大于0")
            .Require(d.Deadline >= ChinaTime.Today(now), "deadline", "截止日期不能早于今天")
            .ThrowIfAny();

    public static Need? Evolve(Need? state, INeedEvent @event) => @event switch
    {
        NeedPosted e => new Need(e.NeedId, e.Owner, e.Draft, false, false, []),
        NeedEdited e => state! with { Draft = e.Draft },
        NeedClosed => state! with { IsClosed = true },
        NeedWithdrawn => state! with { IsWithdrawn = true },
        NeedClaimed e => state! with { Claims = [.. state.Claims, new NeedClaim(e.ClaimId, e.UnitId, ClaimStatus.Pending, e.At)] },
        NeedClaimConfirmed e => state!.WithClaim(e.ClaimId, ClaimStatus.Confirmed),
        NeedClaimDeclined e => state!.WithClaim(e.ClaimId, ClaimStatus.Declined),
        NeedClaimWithdrawn e => state!.WithClaim(e.ClaimId, ClaimStatus.Withdrawn),
        _ => state,
    };
}
