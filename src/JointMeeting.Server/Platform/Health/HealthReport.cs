namespace JointMeeting.Server.Platform.Health;

/// <summary>
/// GET /health: { status, database: {ok, latencyMs}, projections: {...}, outbox: {backlog, oldestAgeSeconds}, … }.
/// 503 when the database is unreachable (or a critical contributor fails); every section is answered within a few seconds.
/// </summary>
public sealed class HealthReport(DatabaseHealth database, IEnumerable<IHealthContributor> contributors, ILogger<HealthReport> logger)
{
    private static readonly TimeSpan SectionTimeout = TimeSpan.FromSeconds(3);

    public async Task<(bool Healthy, Dictionary<string, object> Body)> BuildAsync(CancellationToken ct)
    {
        var db = await database.CheckAsync(ct);
        var body = new Dictionary<string, object> { ["status"] = "", ["database"] = db };
        var healthy = db.Ok;
        var degraded = false;

        var checks = contributors.Select(c => (c.Name, Task: CheckAsync(c, db.Ok, ct))).ToList();
        foreach (var (name, task) in checks)
        {
            var section = await task;
            body[name] = section.Details;
            if (!section.Healthy && section.Critical) healthy = false;
            else if (!section.Healthy) degraded = true;
        }
        // The daemon fills this in when it is composed (AddEventStore); until then, say so.
        body.TryAdd("projections", new { status = "not running" });
        body["status"] = !healthy ? "unhealthy" : degraded ? "degraded" : "healthy";
        return (healthy, body);
    }

    private async Task<HealthSection> CheckAsync(IHealthContributor contributor, bool databaseOk, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(SectionTimeout);
        try
        {
            return await contributor.CheckAsync(timeout.Token).WaitAsync(SectionTimeout, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // With the database down every database-backed section fails the same way; log it once, at debug.
            if (databaseOk) logger.LogWarning(e, "Health section {Name} failed", contributor.Name);
            return new HealthSection(false, new { ok = false, error = e is TimeoutException or OperationCanceledException ? "timed out" : e.Message });
        }
    }
}
