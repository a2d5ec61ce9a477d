using JointMeeting.EventStore;
using JointMeeting.Domain.Common;
using Quartz;

namespace JointMeeting.Server.MicroWishes;

/// <summary>
/// Reminds claimants a day before their claim falls due and releases overdue claims (RemindClaim / ExpireClaim
/// as Actor.System, "now" from the injected clock). Both commands are idempotent, so a repeated or late sweep is harmless.
/// </summary>
public sealed class WishClaimsSweep(WishCardStore cards, WishService wishes, TimeProvider clock, ILogger<WishClaimsSweep> logger)
{
    private const int Batch = 500;

    /// <returns>How many wishes were reminded or released.</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var acted = 0;
        var seen = new HashSet<string>();
        while (true)
        {
            var due = (await cards.ClaimsDueAsync(clock.GetUtcNow(), Batch, ct)).Where(d => seen.Add(d.WishId)).ToList();
            if (due.Count == 0) return acted;
            foreach (var (wishId, overdue) in due)
            {
                try
                {
                    if (await wishes.RunJobAsync(wishId, overdue, ct)) acted++;
                }
                catch (Exception e) when (e is DomainException or ConcurrencyException)
                {
                    // The member fulfilled or released it meanwhile: nothing left to do for this one.
                    logger.LogDebug("Claim sweep skipped wish {Wish}: {Message}", wishId, e.Message);
                }
            }
        }
    }
}

[DisallowConcurrentExecution]
[RetryPolicy(0)] // the next minute's sweep is the retry
public sealed class WishClaimsJob(WishClaimsSweep sweep) : IJob
{
    public static readonly JobKey Key = new("wish-claims", "micro-wishes");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct) => context.Result = await sweep.RunAsync(ct);
}
