namespace JointMeeting.Server.Platform.Health;

/// <summary>
/// Adds one section to GET /health. Register with <c>services.AddHealthContributor&lt;T&gt;()</c>.
/// The projection daemon registers one named "projections" (leader or standby, lag); until it does,
/// /health reports <c>"projections": { "status": "not running" }</c>.
/// </summary>
public interface IHealthContributor
{
    /// <summary>The JSON property name of the section, e.g. "projections".</summary>
    string Name { get; }

    /// <summary>Any JSON-serialisable object. Keep it quick: /health is polled by load balancers.</summary>
    Task<HealthSection> CheckAsync(CancellationToken ct);
}

/// <param name="Healthy">False turns the whole answer into 503 only when <paramref name="Critical"/>.</param>
/// <param name="Details">Serialised as the section's body.</param>
public sealed record HealthSection(bool Healthy, object Details, bool Critical = false);
