using System.Text.Json;
using JointMeeting.Domain.Organisations;
using JointMeeting.EventStore;

namespace JointMeeting.Server.Organisations;

/// <summary>
/// Keeps org_organisations and org_history in the append's transaction: a secretary who creates a
/// community sees it in the tree at once, and the next command can read its path.
/// </summary>
public sealed class OrganisationProjection : IInlineProjection
{
    public async Task ApplyAsync(IReadOnlyList<RecordedEvent> events, ProjectionContext ctx, CancellationToken ct)
    {
        foreach (var e in events)
        {
            if (e.Data is not IOrganisationEvent evt) continue;
            switch (evt)
            {
                case OrganisationCreated c:
                    await ctx.CreateCommand("""
                        INSERT INTO org_organisations (id, kind, name, parent_id, district_id, street_id, community_id,
                            unit_kind, party_organisation_name, contact_name, contact_phone, version, created_at, updated_at)
                        SELECT @id, @kind, @name, @parent,
                               COALESCE(p.district_id, @id),
                               CASE WHEN @kind = 'Street' THEN @id ELSE p.street_id END,
                               CASE WHEN @kind = 'Community' THEN @id ELSE p.community_id END,
                               @unitKind, @party, @contactName, @contactPhone, @version, @at, @at
                        FROM (SELECT 1) one LEFT JOIN org_organisations p ON p.id = @parent
                        ON CONFLICT (id) DO NOTHING
                        """).With("id", c.OrganisationId).With("kind", c.Kind.ToString()).With("name", c.Name)
                        .With("parent", c.ParentId).With("unitKind", c.Unit?.Kind.ToString())
                        .With("party", c.Unit?.PartyOrganisationName).With("contactName", c.Unit?.Contact.Name)
                        .With("contactPhone", c.Unit?.Contact.Phone).With("version", e.Version).With("at", c.At)
                        .ExecuteNonQueryAsync(ct);
                    break;
                case OrganisationRenamed r:
                    await Update(ctx, "name = @name", e, r.At, ct, ("name", r.Name));
                    break;
                case OrganisationArchived a:
                    await Update(ctx, "archived = true", e, a.At, ct);
                    break;
                case UnitDetailsUpdated u:
                    await Update(ctx, "unit_kind = @unitKind, party_organisation_name = @party, contact_name = @contactName, contact_phone = @contactPhone",
                        e, u.At, ct, ("unitKind", u.Unit.Kind.ToString()), ("party", u.Unit.PartyOrganisationName),
                        ("contactName", u.Unit.Contact.Name), ("contactPhone", u.Unit.Contact.Phone));
                    break;
                case OrganisationMoved m:
                    await Update(ctx, "parent_id = @parent", e, m.At, ct, ("parent", m.ToParentId));
                    await RepathSubtreeAsync(ctx, m.OrganisationId, ct);
                    break;
            }
            await ctx.CreateCommand("""
                INSERT INTO org_history (organisation_id, version, event, at, by_person_id, details)
                VALUES (@id, @version, @event, @at, @by, @details::jsonb) ON CONFLICT DO NOTHING
                """).With("id", evt.OrganisationId).With("version", e.Version).With("event", e.TypeName)
                .With("at", AtOf(evt)).With("by", ByOf(evt)).With("details", DetailsOf(evt)).ExecuteNonQueryAsync(ct);
        }
    }

    public async Task ResetAsync(ProjectionContext ctx, CancellationToken ct) =>
        await ctx.CreateCommand("TRUNCATE org_organisations, org_history").ExecuteNonQueryAsync(ct);

    private static Task<int> Update(ProjectionContext ctx, string set, RecordedEvent e, DateTimeOffset at, CancellationToken ct,
        params (string Name, object? Value)[] values)
    {
        var cmd = ctx.CreateCommand($"UPDATE org_organisations SET {set}, version = @version, updated_at = @at WHERE id = @id")
            .With("id", ((IOrganisationEvent)e.Data).OrganisationId).With("version", e.Version).With("at", at);
        foreach (var (name, value) in values) cmd.With(name, value);
        return cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A moved branch takes the path of its new parent, level by level from the top.</summary>
    private static async Task RepathSubtreeAsync(ProjectionContext ctx, string rootId, CancellationToken ct)
    {
        var ids = await ctx.CreateCommand("""
            WITH RECURSIVE tree(id, depth) AS (
                SELECT id, 0 FROM org_organisations WHERE id = @root
                UNION ALL SELECT c.id, t.depth + 1 FROM org_organisations c JOIN tree t ON c.parent_id = t.id)
            SELECT id FROM tree ORDER BY depth
            """).With("root", rootId).ListAsync(r => r.GetString(0), ct);
        foreach (var id in ids)
            await ctx.CreateCommand("""
                UPDATE org_organisations c SET
                    district_id = p.district_id,
                    street_id = CASE WHEN c.kind = 'Street' THEN c.id ELSE p.street_id END,
                    community_id = CASE WHEN c.kind = 'Community' THEN c.id ELSE p.community_id END
                FROM org_organisations p WHERE c.id = @id AND p.id = c.parent_id
                """).With("id", id).ExecuteNonQueryAsync(ct);
    }

    private static DateTimeOffset AtOf(IOrganisationEvent e) => e switch
    {
        OrganisationCreated x => x.At, OrganisationRenamed x => x.At, OrganisationMoved x => x.At,
        OrganisationArchived x => x.At, UnitDetailsUpdated x => x.At, _ => DateTimeOffset.UnixEpoch,
    };

    private static string ByOf(IOrganisationEvent e) => e switch
    {
        OrganisationCreated x => x.By, OrganisationRenamed x => x.By, OrganisationMoved x => x.By,
        OrganisationArchived x => x.By, UnitDetailsUpdated x => x.By, _ => "system",
    };

    private static string DetailsOf(IOrganisationEvent e) => JsonSerializer.Serialize<object>(e switch
    {
        OrganisationCreated x => new { name = x.Name, parentId = x.ParentId },
        OrganisationRenamed x => new { previousName = x.PreviousName, name = x.Name },
        OrganisationMoved x => new { fromParentId = x.FromParentId, toParentId = x.ToParentId },
        _ => new { },
    });
}
