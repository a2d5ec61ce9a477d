using JointMeeting.Domain.Common;
using JointMeeting.Domain.Needs;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Resources;
using Npgsql;

namespace JointMeeting.Server.Needs;

/// <summary>A ranked resource for a need, with the reason the secretary reads.</summary>
public sealed record MatchSuggestion(ResourceMatch Match, ResourceView Resource);

/// <summary>
/// 梳理: ranks the street's open resources for a need with the domain's <see cref="NeedMatching"/>; a unit's
/// record (finished needs/projects/resources and action items, open overdue items) comes from the cycle tables.
/// </summary>
public sealed class NeedMatchSuggestions(NeedBoard needs, ResourceBoard resources, NpgsqlDataSource db, TimeProvider clock)
{
    public async Task<IReadOnlyList<MatchSuggestion>> ForAsync(string needId, CancellationToken ct)
    {
        var need = (await needs.GetAsync(needId, ct)).State;
        var offers = await resources.OpenInStreetAsync(need.Owner.DistrictId, need.Owner.StreetId, ct);
        var records = await RecordsAsync(offers.Select(o => o.State.UnitId).Distinct().ToList(), ct);
        var byId = offers.ToDictionary(o => o.Id);
        return NeedMatching.Rank(need, offers.Select(o => new MatchCandidate(o.State, records.GetValueOrDefault(o.State.UnitId) ?? UnitRecord.Empty(o.State.UnitId))))
            .Select(m => new MatchSuggestion(m, byId[m.ResourceId]))
            .ToList();
    }

    private async Task<Dictionary<string, UnitRecord>> RecordsAsync(IReadOnlyList<string> unitIds, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock.GetUtcNow());
        await using var cmd = Sql.Command(db, """
            SELECT u.id,
                (SELECT count(*) FROM unit_point_facts f WHERE f.unit_id = u.id AND f.reason <> 'MeetingAttended')
                  + (SELECT count(*) FROM action_items a WHERE a.owner_kind = 'Unit' AND a.owner_id = u.id AND a.status = 'Completed'),
                (SELECT count(*) FROM action_items a WHERE a.owner_kind = 'Unit' AND a.owner_id = u.id AND a.status = 'Open' AND a.due_date < $2)
            FROM unnest($1::text[]) AS u(id)
            """, Sql.TextArray(unitIds), today);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var records = new Dictionary<string, UnitRecord>();
        while (await reader.ReadAsync(ct))
            records[reader.GetString(0)] = new UnitRecord(reader.GetString(0), (int)reader.GetInt64(1), (int)reader.GetInt64(2));
        return records;
    }
}

public sealed class NeedMatchTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Object<MatchSuggestion>("MatchSuggestion", t =>
        {
            t.Description("系统推荐的资源匹配（仅供参考，由书记决定）");
            t.Field("resourceId", x => x.Match.ResourceId).Type("ID!");
            t.Field("unitId", x => x.Match.UnitId).Type("ID!");
            t.Field("score", x => x.Match.Score).Type("Int!");
            t.Field("reason", x => x.Match.Reason).Type("String!").Description("如：类别匹配 · 同社区 · 容量充足 · 历史办结3项");
            t.Field("resource", x => x.Resource).Type("Resource!");
        });
        b.Query("matchSuggestions", f => f.Type("[MatchSuggestion!]!").Description("为需求推荐资源，按匹配度排序")
            .Argument("needId", "ID!")
            .Resolve(async ctx =>
            {
                await CycleWrite.ViewerAsync(ctx);
                return await ctx.Service<NeedMatchSuggestions>().ForAsync(ctx.Arg<string>("needId"), ctx.CancellationToken);
            }));
    }
}
