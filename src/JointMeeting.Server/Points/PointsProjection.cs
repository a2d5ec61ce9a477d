using JointMeeting.Domain.ActionItems;
using JointMeeting.Domain.Meetings;
using JointMeeting.Domain.MicroWishes;
using JointMeeting.Domain.Needs;
using JointMeeting.Domain.Points;
using JointMeeting.Domain.Projects;
using JointMeeting.Domain.Reporting;
using JointMeeting.Domain.VolunteerPosts;
using JointMeeting.EventStore;
using JointMeeting.Server.MicroWishes;
using Npgsql;

namespace JointMeeting.Server.Points;

/// <summary>
/// Async (the daemon): folds point-earning facts from every feature's events into <c>points_facts</c>, keeps
/// where members report (<c>points_members</c>) and recomputes the touched owners' yearly standings
/// (<c>points_ledger</c>) from all their facts with the rules in force. A rebuild recomputes everything.
/// </summary>
public sealed class PointsProjection(PointsRulesSource rules) : IAsyncProjection
{
    public const string ProjectionName = "points";

    public string Name => ProjectionName;

    /// <summary>The cases of <see cref="ApplyAsync"/> (keep in step): titles, where members report, and what earns points.</summary>
    public IReadOnlyCollection<Type> EventTypes { get; } =
    [
        typeof(WishSubmitted), typeof(VolunteerPostPublished), typeof(ActionItemCreated), typeof(NeedPosted), typeof(ProjectDrafted),
        typeof(MeetingScheduled), typeof(MemberReportApproved), typeof(MemberReportEnded), typeof(WishConfirmed),
        typeof(VolunteerCheckedOut), typeof(ActionItemCompleted), .. UnitPointFacts.EventTypes,
    ];

    public async Task ApplyAsync(IReadOnlyList<RecordedEvent> events, ProjectionContext ctx, CancellationToken ct)
    {
        var touched = new Dictionary<string, string>();
        foreach (var recorded in events)
        {
            switch (recorded.Data)
            {
                case WishSubmitted e: await TitleAsync(ctx, $"wish:{e.WishId}", e.Title, ct); break;
                case VolunteerPostPublished e: await TitleAsync(ctx, $"post:{e.PostId}", e.Title, ct); break;
                case ActionItemCreated e: await TitleAsync(ctx, $"action:{e.ActionItemId}", e.Title, ct); break;
                case NeedPosted e: await TitleAsync(ctx, $"need:{e.NeedId}", e.Draft.Title, ct); break;
                case ProjectDrafted e: await TitleAsync(ctx, $"project:{e.ProjectId}", e.Draft.Title, ct); break;
                case MeetingScheduled e: await TitleAsync(ctx, $"meeting:{e.MeetingId}", e.Title, ct); break;
                case MemberReportApproved e:
                    await ExecAsync(ctx, """
                        INSERT INTO points_members (person_id, unit_id, community_id, street_id) VALUES ($1, $2, $3, $4)
                        ON CONFLICT (person_id) DO UPDATE SET unit_id = $2, community_id = $3, street_id = $4
                        """, ct, e.PersonId, e.UnitId, e.Community.CommunityId ?? e.Community.OwnerId, WishCardProjection.Text(e.Community.StreetId));
                    break;
                case MemberReportEnded e:
                    await ExecAsync(ctx, "DELETE FROM points_members WHERE person_id = $1 AND community_id = $2", ct, e.PersonId, e.CommunityId);
                    break;
                case WishConfirmed e:
                    await FactAsync(ctx, PointSource.ConfirmedWish, e.WishId, e.MemberId, "member", e.At, $"wish:{e.WishId}", e.Rating, null, null, ct);
                    touched[e.MemberId] = "member";
                    break;
                case VolunteerCheckedOut e:
                    await FactAsync(ctx, PointSource.VolunteerHours, e.PostId, e.MemberId, "member", e.At, $"post:{e.PostId}", null, e.Hours, null, ct);
                    touched[e.MemberId] = "member";
                    break;
                case ActionItemCompleted e:
                    var kind = e.Owner.Kind == OwnerKind.Person ? "member" : "unit";
                    await FactAsync(ctx, PointSource.ActionItemDone, e.ActionItemId, e.Owner.Id, kind, e.At, $"action:{e.ActionItemId}", null, null, null, ct);
                    touched[e.Owner.Id] = kind;
                    break;
                default:
                    foreach (var f in UnitPointFacts.From(recorded.Data))
                    {
                        var (source, titleKey, what) = f.Reason switch
                        {
                            UnitPointReason.NeedCompleted => (PointSource.UnitClaimCompleted, $"need:{f.SourceId}", "需求"),
                            UnitPointReason.ProjectCompleted => (PointSource.UnitClaimCompleted, $"project:{f.SourceId}", "项目"),
                            UnitPointReason.ResourceUsed => (PointSource.UnitResourceUsed, "", (string?)null),
                            _ => (PointSource.UnitAttendance, $"meeting:{f.SourceId}", null),
                        };
                        await FactAsync(ctx, source, f.SourceId, f.UnitId, "unit", f.At, titleKey, null, null, what, ct);
                        touched[f.UnitId] = "unit";
                    }
                    break;
            }
        }
        if (touched.Count > 0) await PointsLedgerWriter.RecomputeAsync(ctx, touched, rules.Current, ct);
    }

    public async Task ResetAsync(ProjectionContext ctx, CancellationToken ct) =>
        await ExecAsync(ctx, "TRUNCATE points_facts, points_titles, points_members, points_ledger", ct);

    private static Task TitleAsync(ProjectionContext ctx, string key, string title, CancellationToken ct) =>
        ExecAsync(ctx, "INSERT INTO points_titles (source_key, title) VALUES ($1, $2) ON CONFLICT (source_key) DO UPDATE SET title = $2", ct, key, title);

    /// <summary>A fact once per (source, id, owner): a replayed event changes nothing.</summary>
    private static Task FactAsync(ProjectionContext ctx, PointSource source, string sourceId, string ownerId, string ownerKind, DateTimeOffset at,
        string titleKey, int? rating, decimal? hours, string? kind, CancellationToken ct) =>
        ExecAsync(ctx, """
            INSERT INTO points_facts (source, source_id, owner_id, owner_kind, at, title, rating, hours, kind)
            VALUES ($1, $2, $3, $4, $5, (SELECT title FROM points_titles WHERE source_key = $6), $7, $8, $9)
            ON CONFLICT DO NOTHING
            """, ct, source.ToString(), sourceId, ownerId, ownerKind, at, titleKey,
            new NpgsqlParameter { Value = (object?)rating ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer },
            new NpgsqlParameter { Value = (object?)hours ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Numeric },
            WishCardProjection.Text(kind));

    private static async Task ExecAsync(ProjectionContext ctx, string sql, CancellationToken ct, params object?[] values)
    {
        await using var cmd = WishCardProjection.Sql(ctx, sql, values);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
