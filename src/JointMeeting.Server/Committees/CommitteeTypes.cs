using JointMeeting.Domain.Committees;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Organisations;

namespace JointMeeting.Server.Committees;

/// <summary>Joint committees (issue 4 §2): 大工委 / 联合党委 with convener, standing and part-time members, cadence.</summary>
public sealed class CommitteeTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Enum<CommitteeLevel>("CommitteeLevel", "联席会议级别");
        b.Enum<CadenceKind>("CadenceKind", "会议周期");
        b.Object<Cadence>("Cadence", t =>
        {
            t.Field("kind", c => c.Kind).Type("CadenceKind!");
            t.Field("interval", c => c.Interval);
            t.Field("dayOfMonth", c => c.DayOfMonth);
            t.Field("monthOfQuarter", c => c.MonthOfQuarter);
        });
        b.Object<CommitteeMemberRow>("CommitteeMember", t =>
        {
            t.Field("personId", m => m.PersonId).Type("ID!");
            t.Field("name", m => m.Name).Type("String!");
            t.Field("email", m => m.Email).Description("仅本会议的书记及上级管理员可见完整邮箱");
            t.Field("partTime", m => m.PartTime).Description("是否兼职委员");
            t.Field("fromOrganisationId", m => m.FromOrganisationId).Type("ID");
            t.Field("fromOrganisation").Type("Organisation").Resolve(async ctx => await ctx.OrganisationAsync(ctx.Parent<CommitteeMemberRow>().FromOrganisationId));
            t.Field("termStart", m => m.TermStart);
            t.Field("termEnd", m => m.TermEnd);
        });
        b.Object<CommitteeRow>("Committee", t =>
        {
            t.Field("id", c => c.Id).Type("ID!");
            t.Field("level", c => c.Level).Type("CommitteeLevel!");
            t.Field("organisationId", c => c.OrganisationId).Type("ID!");
            t.Field("organisation").Type("Organisation").Resolve(async ctx => await ctx.OrganisationAsync(ctx.Parent<CommitteeRow>().OrganisationId));
            t.Field("name", c => c.Name).Type("String!");
            t.Field("convenerPersonId", c => c.ConvenerPersonId).Type("ID!");
            t.Field("cadence", c => c.Cadence).Type("Cadence!");
            t.Field("skippedDates", c => c.SkippedDates).Type("[Date!]!");
            t.Field("version", c => (int)c.Version);
            t.Field("members").Type("[CommitteeMember!]!").Resolve(async ctx =>
            {
                var committee = ctx.Parent<CommitteeRow>();
                var viewer = await ctx.ActorAsync();
                // Read-side rule: whole emails for those who run the committee; everyone else sees them masked.
                return CommitteePolicy.CanRun(viewer, committee.Path)
                    ? committee.Members
                    : committee.Members.Select(m => m with { Email = m.Email is null ? null : Masking.Email(m.Email) }).ToList();
            });
        });

        b.Query("committees", f => f.Type("[Committee!]!").Argument("organisationId", "ID")
            .Argument("includeDescendants", "Boolean", false).Description("includeDescendants：连同该组织下级（街道下各社区）的联席会议")
            .Resolve(async ctx =>
            {
                await ctx.ActorAsync();
                var model = ctx.Service<CommitteeReadModel>();
                var organisationId = ctx.Arg<string?>("organisationId");
                if (!ctx.Arg<bool>("includeDescendants") || organisationId is null)
                    return await model.OfOrganisationAsync(organisationId, ctx.CancellationToken);
                var org = await ctx.Service<OrganisationReadModel>().GetRowAsync(organisationId, "组织", ctx.CancellationToken);
                // Only districts, streets and communities own a path of their own; nothing hangs a committee under a unit or grid.
                return org.Path.OwnerId == org.Id
                    ? await model.WithinAsync(org.Path, ctx.CancellationToken)
                    : await model.OfOrganisationAsync(org.Id, ctx.CancellationToken);
            }));
        b.Query("committee", f => f.Type("Committee!").Argument("id", "ID!").Resolve(async ctx =>
        {
            await ctx.ActorAsync();
            return await ctx.Service<CommitteeReadModel>().FindAsync(ctx.Arg<string>("id"), ctx.CancellationToken) ?? throw DomainException.NotFound("联席会议");
        }));

        b.Input<CadenceInput>("CadenceInput", i => i.Field("kind", "CadenceKind!").Field("interval", "Int").Field("dayOfMonth", "Int").Field("monthOfQuarter", "Int"));
        b.Input<SeatInput>("SeatInput", i => i.Description("有账号的人填 personId；无账号的人填姓名和邮箱")
            .Field("personId", "ID").Field("name", "String").Field("email", "String"));
        b.Input<CreateCommitteeInput>("CreateCommitteeInput", i => i.Field("level", "CommitteeLevel!").Field("organisationId", "ID!")
            .Field("name", "String!").Field("convener", "SeatInput!").Field("cadence", "CadenceInput").Field("clientMutationId", "String"));
        b.Input<RenameCommitteeInput>("RenameCommitteeInput", i => Versioned(i.Field("committeeId", "ID!").Field("name", "String!")));
        b.Input<CommitteePersonInput>("CommitteePersonInput", i => Versioned(i.Field("committeeId", "ID!").Field("personId", "ID!")));
        b.Input<AddStandingMemberInput>("AddStandingMemberInput", i => Versioned(i.Field("committeeId", "ID!").Field("seat", "SeatInput!")));
        b.Input<AppointPartTimeMemberInput>("AppointPartTimeMemberInput", i => Versioned(i.Field("committeeId", "ID!").Field("seat", "SeatInput!")
            .Field("fromOrganisationId", "ID!").Field("termStart", "Date!").Field("termEnd", "Date")));
        b.Input<EndPartTimeTermInput>("EndPartTimeTermInput", i => Versioned(i.Field("committeeId", "ID!").Field("personId", "ID!").Field("endedOn", "Date!")));
        b.Input<SetCadenceInput>("SetCadenceInput", i => Versioned(i.Field("committeeId", "ID!").Field("cadence", "CadenceInput!").Field("skippedDates", "[Date!]")));
        b.Input<ChangeMemberEmailInput>("ChangeMemberEmailInput", i => Versioned(i.Field("committeeId", "ID!").Field("personId", "ID!").Field("email", "String")));

        Mutation<CreateCommitteeInput>(b, "createCommittee", (s, a, i, ct) => s.CreateAsync(a, i, ct));
        Mutation<RenameCommitteeInput>(b, "renameCommittee", (s, a, i, ct) => s.RenameAsync(a, i, ct));
        Mutation<CommitteePersonInput>(b, "changeConvener", (s, a, i, ct) => s.ChangeConvenerAsync(a, i, ct));
        Mutation<AddStandingMemberInput>(b, "addStandingMember", (s, a, i, ct) => s.AddStandingMemberAsync(a, i, ct));
        Mutation<CommitteePersonInput>(b, "removeStandingMember", (s, a, i, ct) => s.RemoveStandingMemberAsync(a, i, ct));
        Mutation<AppointPartTimeMemberInput>(b, "appointPartTimeMember", (s, a, i, ct) => s.AppointPartTimeMemberAsync(a, i, ct));
        Mutation<EndPartTimeTermInput>(b, "endPartTimeTerm", (s, a, i, ct) => s.EndPartTimeTermAsync(a, i, ct));
        Mutation<SetCadenceInput>(b, "setCadence", (s, a, i, ct) => s.SetCadenceAsync(a, i, ct));
        Mutation<ChangeMemberEmailInput>(b, "changeMemberEmail", (s, a, i, ct) => s.ChangeMemberEmailAsync(a, i, ct));
    }

    private static InputObjectTypeDescriptor Versioned(InputObjectTypeDescriptor i) =>
        i.Field("expectedVersion", "Int").Field("clientMutationId", "String");

    private static void Mutation<TInput>(SchemaBuilder b, string name, Func<CommitteeService, Actor, TInput, CancellationToken, Task<string>> run) =>
        b.Mutation(name, f => f.Type("Committee!").Argument("input", typeof(TInput).Name + "!").Resolve(async ctx =>
        {
            var id = await run(ctx.Service<CommitteeService>(), await ctx.ActorAsync(), ctx.Arg<TInput>("input"), ctx.CancellationToken);
            return await ctx.Service<CommitteeReadModel>().FindAsync(id, ctx.CancellationToken);
        }));
}
