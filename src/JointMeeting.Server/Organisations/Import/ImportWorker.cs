using System.Diagnostics;
using System.Threading.Channels;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Common.Import;

namespace JointMeeting.Server.Organisations.Import;

/// <summary>One valid row to write: its spreadsheet row number and the commands it becomes.</summary>
public sealed record ImportWrite(int Row, string Column, Func<CancellationToken, Task> Run);

/// <summary>A job's writes; Parallelism 1 keeps file order (organisations name parents from earlier rows).</summary>
public sealed record ImportWork(string JobId, IReadOnlyList<ImportWrite> Writes, int Parallelism);

/// <summary>
/// Writes import jobs in the background, a bounded number of rows at once, and records progress every few
/// hundred rows so importJob(id) can show it. A row whose commands fail is counted and reported; the others go on.
/// When the server stops, the rows being written finish, progress is saved and the node's jobs become INTERRUPTED;
/// a heartbeat lets the other nodes (or the next start) mark the jobs of a node that died without saying so.
/// </summary>
public sealed class ImportWorker(ImportJobs jobs, ImportInterruptions interruptions, TimeProvider clock, ILogger<ImportWorker> logger)
    : BackgroundService
{
    private const int ProgressEvery = 250;
    internal static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(10);
    internal static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan SaveOnStopTimeout = TimeSpan.FromSeconds(3);
    private readonly Channel<ImportWork> _queue = Channel.CreateUnbounded<ImportWork>();

    /// <summary>This process, as the writer recorded on its jobs.</summary>
    public string WorkerId { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";

    public ValueTask EnqueueAsync(ImportWork work) => _queue.Writer.WriteAsync(work);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var watch = WatchAsync(stoppingToken);
        try
        {
            await foreach (var work in _queue.Reader.ReadAllAsync(stoppingToken))
                await WriteAsync(work, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await InterruptOwnAsync();
        }
        await watch;
    }

    private async Task WriteAsync(ImportWork work, CancellationToken stoppingToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            await RunAsync(work, stoppingToken);
            await jobs.FinishAsync(work.JobId, ImportStatus.Done, clock.GetUtcNow(), watch.ElapsedMilliseconds, CancellationToken.None);
            logger.LogInformation("Import {Job}: {Rows} rows written in {Ms} ms", work.JobId, work.Writes.Count, watch.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Import {Job} stopped: {Message}", work.JobId, e.Message);
            await jobs.FinishAsync(work.JobId, ImportStatus.Failed, clock.GetUtcNow(), watch.ElapsedMilliseconds, CancellationToken.None);
        }
    }

    private async Task RunAsync(ImportWork work, CancellationToken stoppingToken)
    {
        var processed = 0;
        var failed = 0;
        var pending = new List<ImportRowError>();
        var gate = new SemaphoreSlim(1, 1);
        try
        {
            // Stopping starts no new row; a row already started runs to its end so no member is left half-created.
            await Parallel.ForEachAsync(work.Writes, new ParallelOptions { MaxDegreeOfParallelism = work.Parallelism, CancellationToken = stoppingToken },
                async (write, _) =>
                {
                    var error = await WriteRowAsync(write);
                    await gate.WaitAsync(CancellationToken.None);
                    try
                    {
                        processed++;
                        if (error is not null) { failed++; pending.Add(error); }
                        if (processed % ProgressEvery == 0 || processed == work.Writes.Count)
                        {
                            await jobs.ProgressAsync(work.JobId, processed, failed, pending.OrderBy(x => x.Row).ToList(), CancellationToken.None);
                            pending.Clear();
                        }
                    }
                    finally
                    {
                        gate.Release();
                    }
                });
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await SaveOnStopAsync(ct => jobs.ProgressAsync(work.JobId, processed, failed, pending.OrderBy(x => x.Row).ToList(), ct));
            throw;
        }
    }

    private static async Task<ImportRowError?> WriteRowAsync(ImportWrite write)
    {
        try
        {
            await write.Run(CancellationToken.None);
            return null;
        }
        catch (DomainException e)
        {
            return new ImportRowError(write.Row, e.Fields.Keys.FirstOrDefault() ?? write.Column, e.Message);
        }
        catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation)
        {
            return new ImportRowError(write.Row, write.Column, "与已有数据重复（如登录名）");
        }
    }

    /// <summary>Heartbeat for this node's jobs, and INTERRUPTED for the jobs of nodes that stopped beating (this one's last life included).</summary>
    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await interruptions.HeartbeatAsync(WorkerId, stoppingToken);
                var stale = await interruptions.InterruptStaleAsync(StaleAfter, stoppingToken);
                if (stale > 0) logger.LogWarning("{Count} import job(s) lost their server mid-way; marked INTERRUPTED", stale);
                await Task.Delay(HeartbeatInterval, stoppingToken); // real time: the tests' clock may stand still
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
            catch (Exception e)
            {
                logger.LogWarning("Import heartbeat failed ({Message}); retrying", e.Message);
                await Task.Delay(HeartbeatInterval, stoppingToken).ContinueWith(_ => { });
            }
        }
    }

    private async Task InterruptOwnAsync()
    {
        var marked = 0;
        await SaveOnStopAsync(async ct => marked = await interruptions.InterruptOwnAsync(WorkerId, ct));
        if (marked > 0) logger.LogWarning("Server stopping: {Count} import job(s) marked INTERRUPTED", marked);
    }

    /// <summary>Best effort while stopping: with the database gone this fails, and the heartbeat's absence says it instead.</summary>
    private async Task SaveOnStopAsync(Func<CancellationToken, Task> save)
    {
        using var deadline = new CancellationTokenSource(SaveOnStopTimeout);
        try { await save(deadline.Token); }
        catch (Exception e) { logger.LogWarning("Could not record the interrupted import ({Message}); it turns INTERRUPTED once its heartbeat is stale", e.Message); }
    }
}
