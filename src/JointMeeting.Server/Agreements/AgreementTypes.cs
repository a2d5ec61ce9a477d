using JointMeeting.Domain.Agreements;
using JointMeeting.Domain.Common;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Commands;

namespace JointMeeting.Server.Agreements;

public sealed record DraftAgreementInput(
    string OrganisationId, string UnitId, string Title, string Scope, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<string>? ProjectIds,
    long? ExpectedVersion, string? ClientMutationId) : IWriteInput
{
    public AgreementTerms Terms => new(Title, Scope, StartsOn, EndsOn, ProjectIds ?? []);
}

public sealed record EditAgreementInput(
    string AgreementId, string Title, string Scope, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<string>? ProjectIds,
    long? ExpectedVersion, string? ClientMutationId) : IWriteInput
{
    public AgreementTerms Terms => new(Title, Scope, StartsOn, EndsOn, ProjectIds ?? []);
}

/// <summary>signAgreement (side; omitted: the side the signer acts for), terminateAgreement (reason).</summary>
public sealed record AgreementActionInput(string AgreementId, AgreementSide? Side, string? Reason, long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

/// <summary>共建协议书 (the "一书") in GraphQL: drafted by the community/street, signed by both sides, listed per unit.</summary>
public sealed class AgreementTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Enum<AgreementStatus>("AgreementStatus", "协议状态：草稿、生效、终止").Enum<AgreementSide>("AgreementSide", "签署方：社区（街道）、单位");

        b.Object<AgreementView>("Agreement", t =>
        {
            t.Description("共建协议书");
            t.Field("id", x => x.Id).Type("ID!");
            t.Field("version", x => (int)x.Version).Type("Int!");
            t.Field("organisationId", x => x.State.Organisation.OwnerId).Type("ID!");
            t.Field("organisationName").Type("String!").Resolve(ctx => ctx.OrganisationNameAsync(ctx.Parent<AgreementView>().State.Organisation.OwnerId));
            t.Field("unitId", x => x.State.UnitId).Type("ID!");
            t.Field("unitName").Type("String!").Resolve(ctx => ctx.OrganisationNameAsync(ctx.Parent<AgreementView>().State.UnitId));
            t.Field("title", x => x.State.Terms.Title).Type("String!");
            t.Field("scope", x => x.State.Terms.Scope).Type("String!");
            t.Field("startsOn", x => x.State.Terms.StartsOn).Type("Date!");
            t.Field("endsOn", x => x.State.Terms.EndsOn).Type("Date!");
            t.Field("projectIds", x => x.State.Terms.ProjectIds).Type("[ID!]!");
            t.Field("signedBy", x => x.State.Signatures.Order().ToList()).Type("[AgreementSide!]!");
            t.Field("status", x => x.State.Status).Type("AgreementStatus!");
            t.Field("inForce").Type("Boolean!").Resolve(ctx =>
                ctx.Parent<AgreementView>().State.IsInForce(ChinaTime.Today(ctx.Service<TimeProvider>().GetUtcNow())));
            t.Field("mySide").Type("AgreementSide").Description("当前用户可代表签署的一方")
                .Resolve(async ctx => AgreementPolicy.SideOf(await CycleWrite.ViewerAsync(ctx), ctx.Parent<AgreementView>().State));
        });

        b.Query("agreements", f => f.Type("[Agreement!]!").Description("某单位或某社区（街道）的共建协议")
            .Argument("unitId", "ID").Argument("organisationId", "ID").Resolve(async ctx =>
            {
                await CycleWrite.ViewerAsync(ctx);
                var unit = ctx.Arg<string?>("unitId");
                var org = ctx.Arg<string?>("organisationId");
                if (unit is null && org is null) throw DomainException.Invalid("unitId", "请指定单位或社区（街道）");
                return await ctx.Service<AgreementList>().ListAsync(unit, org, ctx.CancellationToken);
            }));
        b.Query("agreement", f => f.Type("Agreement").Argument("id", "ID!").Resolve(async ctx =>
        {
            await CycleWrite.ViewerAsync(ctx);
            return await ctx.Service<AgreementList>().FindAsync(ctx.Arg<string>("id"), ctx.CancellationToken);
        }));

        b.Input<DraftAgreementInput>("DraftAgreementInput", i => Terms(i.Field("organisationId", "ID!").Field("unitId", "ID!")).WriteFields());
        b.Input<EditAgreementInput>("EditAgreementInput", i => Terms(i.Field("agreementId", "ID!")).WriteFields());
        b.Input<AgreementActionInput>("AgreementActionInput", i => i.Field("agreementId", "ID!").Field("side", "AgreementSide")
            .Field("reason", "String").WriteFields());

        Mutation<DraftAgreementInput>(b, "draftAgreement", "起草共建协议", async (s, w, i, ct) =>
        {
            var owner = await s.Facts.OwnerAsync(i.OrganisationId, "organisationId", ct);
            var coBuilding = await s.Facts.IsCoBuildingAsync(i.UnitId, owner.Path, ct);
            var id = CycleLoaders.CreationId(w.Actor, i.ClientMutationId);
            return await s.RunAsync(w, id, new DraftAgreement(w.Actor, w.Now, id, owner.Path, i.UnitId, coBuilding, i.Terms), ct);
        });
        Mutation<EditAgreementInput>(b, "editAgreement", "修改协议草稿", (s, w, i, ct) =>
            s.RunAsync(w, i.AgreementId, new EditAgreement(w.Actor, w.Now, i.AgreementId, i.Terms), ct));
        Mutation<AgreementActionInput>(b, "signAgreement", "代表本方签署（双方签署后生效）", async (s, w, i, ct) =>
        {
            var side = i.Side ?? AgreementPolicy.SideOf(w.Actor, (await s.List.GetAsync(i.AgreementId, ct)).State) ?? AgreementSide.Unit;
            return await s.RunAsync(w, i.AgreementId, new SignAgreement(w.Actor, w.Now, i.AgreementId, side), ct);
        });
        Mutation<AgreementActionInput>(b, "terminateAgreement", "终止协议（须说明原因）", (s, w, i, ct) =>
            s.RunAsync(w, i.AgreementId, new TerminateAgreement(w.Actor, w.Now, i.AgreementId, i.Reason ?? ""), ct), "AgreementActionInput");
    }

    private static InputObjectTypeDescriptor Terms(InputObjectTypeDescriptor i) =>
        i.Field("title", "String!").Field("scope", "String!").Field("startsOn", "Date!").Field("endsOn", "Date!").Field("projectIds", "[ID!]");

    private static void Mutation<TInput>(SchemaBuilder b, string name, string description,
        Func<AgreementService, CycleWrite, TInput, CancellationToken, Task<AgreementView>> run, string? inputType = null) where TInput : IWriteInput =>
        b.Mutation(name, f => f.Type("Agreement!").Description(description).Argument("input", (inputType ?? typeof(TInput).Name) + "!").Resolve(async ctx =>
        {
            var input = ctx.Arg<TInput>("input");
            var w = await CycleWrite.BeginAsync(ctx, input);
            return await run(ctx.Service<AgreementService>(), w, input, ctx.CancellationToken);
        }));
}

/// <summary>Runs agreement commands and returns the list row.</summary>
public sealed class AgreementService(CommandExecutor executor, AgreementList list, CycleFacts facts)
{
    public CycleFacts Facts => facts;

    public AgreementList List => list;

    public async Task<AgreementView> RunAsync(CycleWrite w, string id, IAgreementCommand command, CancellationToken ct)
    {
        await executor.ExecuteAsync(AgreementAggregates.Agreements, id, command, w.Options, ct);
        return await list.GetAsync(id, ct);
    }
}
