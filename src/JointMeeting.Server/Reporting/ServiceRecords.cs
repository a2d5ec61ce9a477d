using JointMeeting.Domain.Common;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Organisations;
using Npgsql;

namespace JointMeeting.Server.Reporting;

public sealed record ServiceRecordRow(string PersonId, string Quarter, string? UnitId, string? CommunityId, int WishesFulfilled,
    decimal VolunteerHours, int Points, string Entries);

/// <summary>
/// 双报告: a member's quarterly service record (reporting_service_records, filled by the projections of the
/// features that produce service). Visible to the member, their unit's contact and the secretaries over their community.
/// </summary>
public sealed class ServiceRecords(NpgsqlDataSource db, OrganisationReadModel tree)
{
    public async Task<IReadOnlyList<ServiceRecordRow>> OfAsync(Actor viewer, string personId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            SELECT person_id, quarter, unit_id, community_id, wishes_fulfilled, volunteer_hours, points, entries::text
            FROM reporting_service_records WHERE person_id = @p ORDER BY quarter DESC
            """);
        cmd.With("p", personId);
        var rows = await cmd.ListAsync(r => new ServiceRecordRow(r.GetString(0), r.GetString(1), r.NullableString(2), r.NullableString(3),
            r.GetInt32(4), r.GetDecimal(5), r.GetInt32(6), r.GetString(7)), ct);
        if (viewer.PersonId == personId) return rows;
        var communities = await tree.ByIdsAsync(rows.Select(r => r.CommunityId).OfType<string>().ToList(), ct);
        return rows.Where(r => (r.UnitId is { } u && viewer.IsContactOf(u))
            || (r.CommunityId is { } c && communities.TryGetValue(c, out var org) && viewer.IsSecretaryOver(org.Path))).ToList();
    }
}

public sealed class ServiceRecordTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Object<ServiceRecordRow>("ServiceRecord", t =>
        {
            t.Description("双报告：在职党员某季度的社区服务记录");
            t.Field("personId", r => r.PersonId).Type("ID!");
            t.Field("quarter", r => r.Quarter).Type("String!");
            t.Field("unitId", r => r.UnitId).Type("ID");
            t.Field("communityId", r => r.CommunityId).Type("ID");
            t.Field("wishesFulfilled", r => r.WishesFulfilled);
            t.Field("volunteerHours", r => r.VolunteerHours).Type("Float!");
            t.Field("points", r => r.Points);
            t.Field("entries", r => r.Entries).Type("String!").Description("JSON：每条服务记录");
        });
        b.Query("serviceRecords", f => f.Type("[ServiceRecord!]!").Argument("personId", "ID").Resolve(async ctx =>
        {
            var actor = await ctx.ActorAsync();
            return await ctx.Service<ServiceRecords>().OfAsync(actor, ctx.Arg<string?>("personId") ?? actor.PersonId, ctx.CancellationToken);
        }));
    }
}
