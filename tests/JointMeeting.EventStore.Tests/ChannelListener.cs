using System.Collections.Concurrent;
using Npgsql;

namespace JointMeeting.EventStore.Tests;

/// <summary>A connection LISTENing on a store's channel, collecting the payloads of the notifications it receives.</summary>
internal sealed class ChannelListener : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly CancellationTokenSource _stop = new();
    private Task _pump = Task.CompletedTask;

    private ChannelListener(NpgsqlConnection connection) => _connection = connection;

    public ConcurrentQueue<string> Payloads { get; } = new();

    public static async Task<ChannelListener> StartAsync(StoreFixture fixture, PostgresEventStore store)
    {
        var listener = new ChannelListener(await fixture.DataSource.OpenConnectionAsync());
        listener._connection.Notification += (_, e) => listener.Payloads.Enqueue(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN \"{store.Options.NotificationChannel}\"", listener._connection))
            await listen.ExecuteNonQueryAsync();
        listener._pump = Task.Run(async () =>
        {
            try { while (true) await listener._connection.WaitAsync(listener._stop.Token); }
            catch (OperationCanceledException) { }
        });
        return listener;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _pump;
        await _connection.DisposeAsync();
        _stop.Dispose();
    }
}
