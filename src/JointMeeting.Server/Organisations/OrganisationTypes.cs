using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;
using JointMeeting.GraphQL.Execution.DataLoader;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Privacy;

namespace JointMeeting.Server.Organisations;

/// <summary>A unit's details as one viewer may see them (the contact is personal).</summary>
public sealed record UnitDetailsView(UnitDetails Details, string ContactName, string ContactPhone, bool Masked);

/// <summary>The organisation tree (issue 4 §1): queries and create/rename/move/archive with history.</summary>
public sealed class OrganisationTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Enum<OrganisationKind>("OrganisationKind", "组织类型");
        b.Enum<UnitKind>("UnitKind", "驻区单位类型");
        b.Object<OrgPath>("OrgPath", t =>
        {
            t.Field("districtId", p => p.DistrictId).Type("ID!");
            t.Field("streetId", p => p.StreetId).Type("ID");
            t.Field("communityId", p => p.CommunityId).Type("ID");
        });
        b.Object<UnitDetailsView>("UnitDetails", t =>
        {
            t.Field("kind", u => u.Details.Kind).Type("UnitKind!");
            t.Field("kindLabel", u => OrganisationTree.Label(u.Details.Kind)).Type("String!");
            t.Field("partyOrganisationName", u => u.Details.PartyOrganisationName).Type("String!");
            t.Field("contactName", u => u.ContactName).Type("String!");
            t.Field("contactPhone", u => u.ContactPhone).Type("String!");
            t.Field("masked", u => u.Masked);
        });
        b.Object<OrganisationHistoryEntry>("OrganisationHistoryEntry", t =>
        {
            t.Field("version", h => (int)h.Version);
            t.Field("event", h => h.Event).Type("String!");
            t.Field("at", h => h.At);
            t.Field("byPersonId", h => h.ByPersonId).Type("ID!");
            t.Field("details", h => h.Details).Type("String!").Description("JSON：改名前后、移动前后的上级等");
        });
        b.Object<OrganisationRow>("Organisation", t =>
        {
            t.Field("id", o => o.Id).Type("ID!");
            t.Field("kind", o => o.Kind).Type("OrganisationKind!");
            t.Field("kindLabel", o => OrganisationTree.Label(o.Kind)).Type("String!");
            t.Field("name", o => o.Name).Type("String!");
            t.Field("parentId", o => o.ParentId).Type("ID");
            t.Field("parent").Type("Organisation").Resolve(async ctx => await ctx.OrganisationAsync(ctx.Parent<OrganisationRow>().ParentId));
            t.Field("path", o => o.Path).Type("OrgPath!");
            t.Field("archived", o => o.Archived);
            t.Field("version", o => (int)o.Version);
            t.Field("createdAt", o => o.CreatedAt);
            t.Field("unit").Type("UnitDetails").Resolve(async ctx => await UnitViewAsync(ctx, ctx.Parent<OrganisationRow>()));
            t.Field("children").Type("[Organisation!]!").Argument("includeArchived", "Boolean", false).Resolve(async ctx =>
            {
                var org = ctx.Parent<OrganisationRow>();
                var model = ctx.Service<OrganisationReadModel>();
                if (ctx.Arg<bool>("includeArchived")) return await model.ChildrenAsync(org.Id, true, null, ctx.CancellationToken);
                var children = await ctx.DataLoader<string, List<OrganisationRow>>("organisationChildren",
                    async (ids, ct) => await model.ChildrenOfManyAsync(ids, ct)).LoadAsync(org.Id);
                return (IReadOnlyList<OrganisationRow>?)children ?? [];
            });
            t.Field("history").Type("[OrganisationHistoryEntry!]!").Resolve(async ctx =>
                await ctx.Service<OrganisationReadModel>().HistoryAsync(ctx.Parent<OrganisationRow>().Id, ctx.CancellationToken));
        });

        b.Query("organisations", f => f.Type("[Organisation!]!").Description("某组织的下级组织；不传 parentId 时为各区")
            .Argument("parentId", "ID").Argument("kind", "OrganisationKind").Argument("includeArchived", "Boolean", false)
            .Resolve(async ctx =>
            {
                await ctx.ActorAsync();
                return await ctx.Service<OrganisationReadModel>().ChildrenAsync(ctx.Arg<string?>("parentId"), ctx.Arg<bool>("includeArchived"),
                    ctx.HasArg("kind") ? ctx.Arg<OrganisationKind?>("kind") : null, ctx.CancellationToken);
            }));
        b.Query("organisation", f => f.Type("Organisation!").Argument("id", "ID!").Resolve(async ctx =>
        {
            await ctx.ActorAsync();
            return await ctx.Service<OrganisationReadModel>().GetRowAsync(ctx.Arg<string>("id"), "组织", ctx.CancellationToken);
        }));

        b.Input<UnitDetailsInput>("UnitDetailsInput", i => i.Field("kind", "UnitKind!").Field("partyOrganisationName", "String!")
            .Field("contactName", "String!").Field("contactPhone", "String!"));
        b.Input<CreateOrganisationInput>("CreateOrganisationInput", i => i.Field("kind", "OrganisationKind!").Field("name", "String!")
            .Field("parentId", "ID").Field("unit", "UnitDetailsInput").Field("clientMutationId", "String"));
        b.Input<RenameOrganisationInput>("RenameOrganisationInput", i => i.Field("organisationId", "ID!").Field("name", "String!")
            .Field("expectedVersion", "Int").Field("clientMutationId", "String"));
        b.Input<MoveOrganisationInput>("MoveOrganisationInput", i => i.Field("organisationId", "ID!").Field("newParentId", "ID!")
            .Field("expectedVersion", "Int").Field("clientMutationId", "String"));
        b.Input<ArchiveOrganisationInput>("ArchiveOrganisationInput", i => i.Field("organisationId", "ID!")
            .Field("expectedVersion", "Int").Field("clientMutationId", "String"));
        b.Input<UpdateUnitDetailsInput>("UpdateUnitDetailsInput", i => i.Field("organisationId", "ID!").Field("unit", "UnitDetailsInput!")
            .Field("expectedVersion", "Int").Field("clientMutationId", "String"));

        Mutation<CreateOrganisationInput>(b, "createOrganisation", (s, a, i, ct) => s.CreateAsync(a, i, ct));
        Mutation<RenameOrganisationInput>(b, "renameOrganisation", (s, a, i, ct) => s.RenameAsync(a, i, ct));
        Mutation<MoveOrganisationInput>(b, "moveOrganisation", (s, a, i, ct) => s.MoveAsync(a, i, ct));
        Mutation<ArchiveOrganisationInput>(b, "archiveOrganisation", (s, a, i, ct) => s.ArchiveAsync(a, i, ct));
        Mutation<UpdateUnitDetailsInput>(b, "updateUnitDetails", (s, a, i, ct) => s.UpdateUnitDetailsAsync(a, i, ct));
    }

    private static void Mutation<TInput>(SchemaBuilder b, string name,
        Func<OrganisationService, Actor, TInput, CancellationToken, Task<OrganisationRow>> run) =>
        b.Mutation(name, f => f.Type("Organisation!").Argument("input", typeof(TInput).Name + "!").Resolve(async ctx =>
            await run(ctx.Service<OrganisationService>(), await ctx.ActorAsync(), ctx.Arg<TInput>("input"), ctx.CancellationToken)));

    /// <summary>The contact is shown whole to the secretaries over the unit and its own contact; that view is recorded.</summary>
    private static async Task<UnitDetailsView?> UnitViewAsync(ResolverContext ctx, OrganisationRow org)
    {
        if (org.Unit is not { } unit) return null;
        var viewer = await ctx.ActorAsync();
        var revealed = await ctx.Service<PrivacyGuard>().RevealAsync(viewer,
            new PrivacySubject($"unit-contact:{org.Id}", org.Path, org.Id),
            new PersonalFields(unit.Contact.Name, unit.Contact.Phone, null, null), "unit-contact", ctx.CancellationToken);
        return new UnitDetailsView(unit, revealed.Fields.Name, revealed.Fields.Phone ?? "", !revealed.Unmasked);
    }
}
