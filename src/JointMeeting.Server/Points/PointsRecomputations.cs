using System.Text.Json;
using JointMeeting.Domain.Common;
using JointMeeting.EventStore;
using JointMeeting.Server.Organisations;
using Npgsql;

namespace JointMeeting.Server.Points;

public sealed record PointsRecomputation(long Id, string AccountId, string PersonId, string? Reason, string Rules, DateTimeOffset RequestedAt);

/// <summary>
/// recomputePoints: rebuilds the points projection from every event under the current rules, and records who asked,
/// why and with which rules — standings change for everyone, so the change must be explainable afterwards.
/// </summary>
public sealed class PointsRecomputations(NpgsqlDataSource db, ProjectionDaemon daemon, PointsRulesSource rules, TimeProvider clock)
{
    /// <summary>A reason is optional but kept short enough to show in a list.</summary>
    public const int MaxReasonLength = 200;

    public async Task<PointsRecomputation> RequestAsync(Actor actor, string? reason, CancellationToken ct)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason?.Length > MaxReasonLength) throw DomainException.Invalid("reason", $"原因最多 {MaxReasonLength} 个字");
        var used = JsonSerializer.Serialize(rules.Current);
        await daemon.RebuildAsync(PointsProjection.ProjectionName, ct);
        // Recorded once the rebuild was accepted: the log never names a recomputation that did not start.
        await using var cmd = db.CreateCommand("""
            INSERT INTO points_recomputations (account_id, person_id, reason, rules, requested_at)
            VALUES (@account, @person, @reason, @rules::jsonb, @at) RETURNING id
            """);
        var at = clock.GetUtcNow();
        cmd.With("account", actor.AccountId).With("person", actor.PersonId).With("reason", reason).With("rules", used).With("at", at);
        var id = (long)(await cmd.ExecuteScalarAsync(ct))!;
        return new PointsRecomputation(id, actor.AccountId, actor.PersonId, reason, used, at);
    }

    /// <summary>The latest recomputations, newest first.</summary>
    public async Task<IReadOnlyList<PointsRecomputation>> LatestAsync(int first, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            SELECT id, account_id, person_id, reason, rules::text, requested_at FROM points_recomputations
            ORDER BY requested_at DESC, id DESC LIMIT @first
            """);
        cmd.With("first", Math.Clamp(first, 1, 100));
        return await cmd.ListAsync(r => new PointsRecomputation(r.GetInt64(0), r.GetString(1), r.GetString(2), r.NullableString(3), r.GetString(4), r.Time(5)), ct);
    }
}
