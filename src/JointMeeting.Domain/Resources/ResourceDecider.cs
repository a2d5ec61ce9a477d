using JointMeeting.Domain.Common;
using static JointMeeting.Domain.Common.ScopeRules;

namespace JointMeeting.Domain.Resources;

public sealed class ResourceDecider : IDecider<IResourceCommand, IResourceEvent, Resource>
{
    public static Resource? Initial => null;

    public static IReadOnlyList<IResourceEvent> Decide(IResourceCommand command, Resource? state)
    {
        if (command is OfferResource offer) return [Offer(offer, state)];
        var resource = state ?? throw DomainException.NotFound("资源");
        var by = command.Actor.PersonId;
        switch (command)
        {
            case EditResource c:
                Demand(ResourcePolicy.CanManage(c.Actor, resource));
                EnsureOffered(resource);
                Validate(c.Draft);
                if (c.Draft.Capacity < resource.Taken)
                    throw DomainException.Conflict($"已被认领{resource.Taken}{resource.Draft.CapacityUnit}，容量不能少于已认领数量");
                return [new ResourceEdited(resource.Id, c.Draft, by, c.Now)];
            case WithdrawResource c:
                Demand(ResourcePolicy.CanManage(c.Actor, resource));
                EnsureOffered(resource);
                new Validator().NotBlank(c.Reason, "reason", "撤回原因", 500).ThrowIfAny();
                return [new ResourceWithdrawn(resource.Id, c.Reason, by, c.Now)];
            case ClaimResource c:
                return [Claim(c, resource)];
            case ConfirmResourceClaim c:
                Demand(ResourcePolicy.CanManage(c.Actor, resource), "只有提供资源的单位可以确认认领");
                Expect(resource, c.ClaimId, ResourceClaimStatus.Pending, "该认领已处理");
                return [new ResourceClaimConfirmed(resource.Id, c.ClaimId, by, c.Now)];
            case DeclineResourceClaim c:
                Demand(ResourcePolicy.CanManage(c.Actor, resource), "只有提供资源的单位可以拒绝认领");
                new Validator().NotBlank(c.Reason, "reason", "拒绝原因", 500).ThrowIfAny();
                Expect(resource, c.ClaimId, ResourceClaimStatus.Pending, "该认领已处理");
                return [new ResourceClaimDeclined(resource.Id, c.ClaimId, c.Reason, by, c.Now)];
            case CancelResourceClaim c:
            {
                var claim = resource.ClaimOf(c.ClaimId) ?? throw DomainException.NotFound("认领");
                Demand(ResourcePolicy.CanActOnOwnClaim(c.Actor, claim));
                if (claim.Status is not (ResourceClaimStatus.Pending or ResourceClaimStatus.Confirmed))
                    throw DomainException.Conflict("该认领已结束，不能取消");
                return [new ResourceClaimCancelled(resource.Id, c.ClaimId, c.Reason ?? "", by, c.Now)];
            }
            case RecordResourceUse c:
            {
                var claim = resource.ClaimOf(c.ClaimId) ?? throw DomainException.NotFound("认领");
                Demand(ResourcePolicy.CanActOnOwnClaim(c.Actor, claim));
                if (claim.Status != ResourceClaimStatus.Confirmed) throw DomainException.Conflict("只有已确认的认领可以登记使用");
                return [new ResourceUsed(resource.Id, c.ClaimId, resource.UnitId, claim.Quantity, c.Note, by, c.Now)];
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name);
        }
    }

    private static ResourceOffered Offer(OfferResource c, Resource? state)
    {
        Demand(c.Actor.IsContactOf(c.UnitId), "只能以本单位名义提供资源");
        Demand(ResourcePolicy.CanOffer(c.Actor, c.UnitId, c.UnitIsCoBuilding), "该单位不是本社区（街道）的共建单位");
        if (state is not null) throw DomainException.Conflict("资源已存在");
        Validate(c.Draft);
        new Validator().Require(c.Draft.AvailableUntil >= ChinaTime.Today(c.Now), "availableUntil", "可用期已过").ThrowIfAny();
        return new ResourceOffered(c.ResourceId, c.UnitId, c.OfferedTo, c.Draft, c.Actor.PersonId, c.Now);
    }

    private static ResourceClaimed Claim(ClaimResource c, Resource resource)
    {
        Demand(ResourcePolicy.CanClaim(c.Actor, resource, c.ClaimingOrg), "只有资源所在社区（街道）可以认领");
        EnsureOffered(resource);
        new Validator()
            .Require(c.Quantity > 0, "quantity", "认领数量必须大于0")
            .NotBlank(c.Purpose, "purpose", "用途", 500)
            .ThrowIfAny();
        if (resource.ClaimOf(c.ClaimId) is not null) throw DomainException.Conflict("认领编号重复");
        if (ChinaTime.Today(c.Now) > resource.Draft.AvailableUntil) throw DomainException.Conflict("资源已过可用期");
        if (c.Quantity > resource.Remaining)
            throw DomainException.Conflict($"剩余容量不足：仅剩{resource.Remaining}{resource.Draft.CapacityUnit}");
        return new ResourceClaimed(resource.Id, c.ClaimId, c.ClaimingOrg, c.Quantity, c.Purpose, c.Actor.PersonId, c.Now);
    }

    private static void Expect(Resource resource, string claimId, ResourceClaimStatus status, string conflict)
    {
        var claim = resource.ClaimOf(claimId) ?? throw DomainException.NotFound("认领");
        if (claim.Status != status) throw DomainException.Conflict(conflict);
    }

    private static void EnsureOffered(Resource resource)
    {
        if (resource.IsWithdrawn) throw DomainException.Conflict("资源已撤回");
    }

    private static void Validate(ResourceDraft d) =>
        new Validator()
            .Require(Enum.IsDefined(d.Kind), "kind", "资源类别无效")
            .NotBlank(d.Title, "title", "标题", 100)
            .NotBlank(d.Description, "description", "资源描述", 2000)
            .Require(d.Capacity > 0, "capacity", "数量/容量必须大于0")
            .NotBlank(d.CapacityUnit, "capacityUnit", "计量单位", 10)
            .Require(d.AvailableUntil >= d.AvailableFrom, "availableUntil", "可用期结束不能早于开始")
            .NotBlank(d.Place, "place", "地点", 200)
            .ThrowIfAny();

    public static Resource? Evolve(Resource? state, IResourceEvent @event) => @event switch
    {
        ResourceOffered e => new Resource(e.ResourceId, e.UnitId, e.OfferedTo, e.Draft, false, []),
        ResourceEdited e => state! with { Draft = e.Draft },
        ResourceWithdrawn => state! with { IsWithdrawn = true },
        ResourceClaimed e => state! with
        {
            Claims = [.. state.Claims, new ResourceClaim(e.ClaimId, e.ClaimingOrg, e.Quantity, e.Purpose, ResourceClaimStatus.Pending)],
        },
        ResourceClaimConfirmed e => state!.WithClaim(e.ClaimId, ResourceClaimStatus.Confirmed),
        ResourceClaimDeclined e => state!.WithClaim(e.ClaimId, ResourceClaimStatus.Declined),
        ResourceClaimCancelled e => state!.WithClaim(e.ClaimId, ResourceClaimStatus.Cancelled),
        ResourceUsed e => state!.WithClaim(e.ClaimId, ResourceClaimStatus.Fulfilled),
        _ => state,
    };
}
