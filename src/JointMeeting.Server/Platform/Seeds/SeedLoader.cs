using System.Diagnostics;
using JointMeeting.Server.Accounts;

namespace JointMeeting.Server.Platform.Seeds;

/// <summary>What a load did: commands run, where it stopped and why.</summary>
public sealed record SeedLoadResult(int Total, int Ran, TimeSpan Took, string? StoppedAt, string? Error, bool UnknownStep);

/// <summary>
/// Runs the demo timeline through each feature's <see cref="ISeedSteps"/>. Stops at the first step no
/// feature handles (a feature not built yet: the demo loads as far as the product goes) and at the first
/// step that fails (named by file, key and step, so the data or the code can be fixed).
/// </summary>
public sealed class SeedLoader(IServiceProvider services, IEnumerable<ISeedSteps> features, ILogger<SeedLoader> logger)
{
    public async Task<SeedLoadResult> LoadAsync(string directory, DateTimeOffset loadMoment, IReadOnlySet<string>? only, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var timeline = SeedTimeline.Read(directory, loadMoment, only);
        var handlers = new Dictionary<string, ISeedSteps>(StringComparer.Ordinal);
        foreach (var feature in features)
        foreach (var name in feature.Handles)
            handlers[name] = feature;
        var password = Environment.GetEnvironmentVariable("JM_DEMO_PASSWORD") is { Length: > 0 } p ? p : "JointMeeting!2026";
        var context = new SeedContext(services, loadMoment, timeline.Records,
            new Lazy<string>(() => services.GetRequiredService<Passwords>().Hash(password)));

        var ran = 0;
        foreach (var step in timeline.Steps)
        {
            if (!handlers.TryGetValue(step.Do, out var handler))
            {
                logger.LogWarning("Demo seeds: stopped at {Step}: no feature handles \"{Do}\" yet; {Ran} of {Total} commands loaded in {Ms} ms",
                    step, step.Do, ran, timeline.Steps.Count, watch.ElapsedMilliseconds);
                return new SeedLoadResult(timeline.Steps.Count, ran, watch.Elapsed, step.ToString(), null, UnknownStep: true);
            }
            try
            {
                await handler.RunAsync(step, context, ct);
                ran++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Demo seeds: {Step} at {At:u} failed: {Message}. {Ran} of {Total} commands loaded; the rest is not",
                    step, step.At, e.Message, ran, timeline.Steps.Count);
                return new SeedLoadResult(timeline.Steps.Count, ran, watch.Elapsed, step.ToString(), e.Message, UnknownStep: false);
            }
        }
        logger.LogInformation("Demo seeds: {Ran} commands from {Files} files loaded in {Ms} ms", ran, timeline.Files, watch.ElapsedMilliseconds);
        return new SeedLoadResult(timeline.Steps.Count, ran, watch.Elapsed, null, null, false);
    }
}
