using JointMeeting.Domain.Common;
using JointMeeting.EventStore;

namespace JointMeeting.Server.Meetings.Common;

/// <summary>
/// Inline read model of one aggregate kind: each row keeps the aggregate's folded state (jsonb, by the
/// domain's own Evolve, so the board shows exactly what the decider sees) plus the columns lists filter on.
/// Rows commit with the events, so a user re-reading right after a write sees it.
/// </summary>
public abstract class FoldingProjection<TEvent, TState>(string table) : IInlineProjection
    where TState : class
{
    protected abstract string IdOf(TEvent e);

    protected abstract TState? Evolve(TState? state, TEvent e);

    /// <summary>Upserts the row (id, state, version and the feature's columns).</summary>
    protected abstract Task SaveAsync(ProjectionContext ctx, TState state, long version, TEvent e, CancellationToken ct);

    /// <summary>Side rows an event yields (claim facts for the figures …).</summary>
    protected virtual Task OnEventAsync(ProjectionContext ctx, TEvent e, TState? before, TState after, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Tables emptied on a rebuild (the main one and any side tables it alone writes).</summary>
    protected virtual IReadOnlyList<string> Tables => [table];

    public async Task ApplyAsync(IReadOnlyList<RecordedEvent> events, ProjectionContext ctx, CancellationToken ct)
    {
        foreach (var recorded in events)
        {
            if (recorded.Data is not TEvent e) continue;
            var id = IdOf(e);
            var before = await LoadAsync(ctx, id, ct);
            var after = Evolve(before, e);
            if (after is null) continue;
            await SaveAsync(ctx, after, recorded.Version, e, ct);
            await OnEventAsync(ctx, e, before, after, ct);
        }
    }

    public async Task ResetAsync(ProjectionContext ctx, CancellationToken ct)
    {
        foreach (var t in Tables) await Sql.ExecuteAsync(ctx, $"TRUNCATE {t}", ct);
    }

    private async Task<TState?> LoadAsync(ProjectionContext ctx, string id, CancellationToken ct)
    {
        await using var cmd = Sql.Command(ctx, $"SELECT state::text FROM {table} WHERE id = $1", id);
        return await cmd.ExecuteScalarAsync(ct) is string json ? StateJson.Deserialize<TState>(json) : null;
    }
}

/// <summary>A folding projection whose Evolve is the domain decider's.</summary>
public abstract class DeciderProjection<TCommand, TEvent, TState, TDecider>(string table) : FoldingProjection<TEvent, TState>(table)
    where TState : class
    where TDecider : IDecider<TCommand, TEvent, TState>
{
    protected override TState? Evolve(TState? state, TEvent e) => TDecider.Evolve(state, e);
}
