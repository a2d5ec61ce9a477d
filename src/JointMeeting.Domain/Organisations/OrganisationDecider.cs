using JointMeeting.Domain.Common;
using static JointMeeting.Domain.Common.ScopeRules;

namespace JointMeeting.Domain.Organisations;

public sealed class OrganisationDecider : IDecider<IOrganisationCommand, IOrganisationEvent, Organisation>
{
    public static Organisation? Initial => null;

    public static IReadOnlyList<IOrganisationEvent> Decide(IOrganisationCommand command, Organisation? state)
    {
        if (command is CreateOrganisation create) return [Create(create, state)];
        var org = state ?? throw DomainException.NotFound("组织");
        var by = command.Actor.PersonId;
        switch (command)
        {
            case RenameOrganisation c:
                Demand(OrganisationPolicy.CanManage(c.Actor, c.ManagedIn), "仅上级组织的管理员可修改该组织");
                EnsureLive(org);
                new Validator().NotBlank(c.Name, "name", "名称", 100).ThrowIfAny();
                var name = c.Name.Trim();
                return name == org.Name ? [] : [new OrganisationRenamed(org.Id, org.Name, name, by, c.Now)];
            case MoveOrganisation c:
                return [Move(c, org)];
            case ArchiveOrganisation c:
                Demand(OrganisationPolicy.CanManage(c.Actor, c.ManagedIn), "仅上级组织的管理员可归档该组织");
                EnsureLive(org);
                if (c.LiveChildCount > 0)
                    throw DomainException.Conflict($"该组织下还有{c.LiveChildCount}个下级组织，请先移走或归档");
                return [new OrganisationArchived(org.Id, by, c.Now)];
            case UpdateUnitDetails c:
                Demand(OrganisationPolicy.CanEditUnit(c.Actor, org.Id, c.ManagedIn), "仅本单位联络人或上级管理员可修改单位信息");
                EnsureLive(org);
                if (!org.IsUnit) throw DomainException.Invalid("unitKind", "只有驻区单位有单位信息");
                ValidateUnit(c.Unit);
                return [new UnitDetailsUpdated(org.Id, Trim(c.Unit), by, c.Now)];
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name);
        }
    }

    public static Organisation? Evolve(Organisation? state, IOrganisationEvent @event) => @event switch
    {
        OrganisationCreated e => new Organisation(e.OrganisationId, e.Kind, e.Name, e.ParentId, e.Unit, false),
        OrganisationRenamed e => state! with { Name = e.Name },
        OrganisationMoved e => state! with { ParentId = e.ToParentId },
        OrganisationArchived => state! with { Archived = true },
        UnitDetailsUpdated e => state! with { Unit = e.Unit },
        _ => state,
    };

    private static OrganisationCreated Create(CreateOrganisation c, Organisation? state)
    {
        if (c.Kind == OrganisationKind.District)
            Demand(OrganisationPolicy.CanCreateDistrict(c.Actor), "仅系统可创建区");
        else
            Demand(c.ParentPath is not null && OrganisationPolicy.CanManage(c.Actor, c.ParentPath), "仅上级组织的管理员可创建下级组织");
        if (state is not null) throw DomainException.Conflict("组织已存在");

        var v = new Validator().NotBlank(c.Name, "name", "名称", 100);
        if (c.Kind == OrganisationKind.District)
            v.Require(c.ParentId is null, "parentId", "区是最上级组织，不能有上级");
        else
            v.Require(c.ParentId is not null && c.ParentKind is { } pk && OrganisationTree.MayHang(c.Kind, pk),
                "parentId", ParentRule(c.Kind));
        v.ThrowIfAny();
        if (c.Kind == OrganisationKind.ResidentUnit)
        {
            if (c.Unit is null) throw DomainException.Invalid("unitKind", "驻区单位须填写单位类型、党组织和联系人");
            ValidateUnit(c.Unit);
        }
        var unit = c.Kind == OrganisationKind.ResidentUnit ? Trim(c.Unit!) : null;
        return new OrganisationCreated(c.OrganisationId, c.Kind, c.Name.Trim(), c.ParentId, unit, c.Actor.PersonId, c.Now);
    }

    private static OrganisationMoved Move(MoveOrganisation c, Organisation org)
    {
        Demand(OrganisationPolicy.CanManage(c.Actor, c.ManagedIn), "仅上级组织的管理员可移动该组织");
        Demand(OrganisationPolicy.CanManage(c.Actor, c.NewParentPath), "无权将组织移入目标上级组织");
        EnsureLive(org);
        // A move under itself or its own descendant would cut the branch off the tree.
        if (c.NewParentId == org.Id || c.NewParentAncestorIds.Contains(org.Id))
            throw DomainException.Invalid("newParentId", "不能移动到自身或其下级组织之下");
        if (org.Kind == OrganisationKind.District || !OrganisationTree.MayHang(org.Kind, c.NewParentKind))
            throw DomainException.Invalid("newParentId", ParentRule(org.Kind));
        if (c.NewParentId == org.ParentId) throw DomainException.Invalid("newParentId", "已在该上级组织之下");
        return new OrganisationMoved(org.Id, org.ParentId!, c.NewParentId, c.Actor.PersonId, c.Now);
    }

    private static string ParentRule(OrganisationKind kind)
    {
        var parents = OrganisationTree.AllowedParents(kind);
        return parents.Count == 0
            ? $"{OrganisationTree.Label(kind)}不能有上级组织"
            : $"{OrganisationTree.Label(kind)}的上级须为{string.Join("或", parents.Select(OrganisationTree.Label))}";
    }

    private static void ValidateUnit(UnitDetails unit) =>
        new Validator()
            .Require(Enum.IsDefined(unit.Kind), "unitKind", "单位类型无效")
            .NotBlank(unit.PartyOrganisationName, "partyOrganisationName", "党组织名称", 100)
            .NotBlank(unit.Contact.Name, "contactName", "联系人", 50)
            .Require(ContactFormats.IsPhone(unit.Contact.Phone?.Trim()), "contactPhone", "联系电话格式不正确")
            .ThrowIfAny();

    private static UnitDetails Trim(UnitDetails unit) =>
        unit with
        {
            PartyOrganisationName = unit.PartyOrganisationName.Trim(),
            Contact = new UnitContactPerson(unit.Contact.Name.Trim(), unit.Contact.Phone.Trim()),
        };

    private static void EnsureLive(Organisation org)
    {
        if (org.Archived) throw DomainException.Conflict("该组织已归档");
    }
}
