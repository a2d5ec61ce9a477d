using JointMeeting.EventStore;
using Microsoft.AspNetCore.SignalR;

namespace JointMeeting.Server.Platform.Live;

/// <summary>
/// Tails the committed-event feed on every node and relays mapped notices to this node's SignalR clients.
/// Because each node reads the shared event table, a write on node A reaches a browser on node B with no
/// backplane. Starts at the head: a client that (re)connects refetches, so old events need no replay.
/// </summary>
public sealed class LiveFeedRelay(
    EventFeed feed,
    PostgresEventStore store,
    IEnumerable<ILiveNoticeMapper> mappers,
    IHubContext<LiveHub> hub,
    ILogger<LiveFeedRelay> logger) : BackgroundService
{
    private readonly ILiveNoticeMapper[] _mappers = mappers.ToArray();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var head = await store.GetHeadPositionAsync(stoppingToken);
                await foreach (var recorded in feed.SubscribeAsync(head, stoppingToken))
                    await RelayAsync(recorded, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
            catch (Exception e)
            {
                logger.LogWarning("Live relay interrupted ({Message}); resuming", e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { });
            }
        }
    }

    private async Task RelayAsync(RecordedEvent recorded, CancellationToken ct)
    {
        foreach (var mapper in _mappers)
        foreach (var notice in mapper.Map(recorded))
            await hub.Clients.Group(notice.Group).SendAsync(LiveHub.ChangedMethod, notice, ct);
    }
}
