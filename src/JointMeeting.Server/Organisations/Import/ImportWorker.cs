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
/// </summary>
public sealed class ImportWorker(ImportJobs jobs, TimeProvider clock, ILogger<ImportWorker> logger) : BackgroundService
{
    private const int ProgressEvery = 250;
    private readonly Channel<ImportWork> _queue = Channel.CreateUnbounded<ImportWork>();

    public ValueTask EnqueueAsync(ImportWork work) => _queue.Writer.WriteAsync(work);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var work in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            var watch = Stopwatch.StartNew();
            try
            {
                await RunAsync(work, stoppingToken);
                await jobs.FinishAsync(work.JobId, ImportStatus.Done, clock.GetUtcNow(), watch.ElapsedMilliseconds, stoppingToken);
                logger.LogInformation("Import {Job}: {Rows} rows written in {Ms} ms", work.JobId, work.Writes.Count, watch.ElapsedMilliseconds);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Import {Job} stopped: {Message}", work.JobId, e.Message);
                await jobs.FinishAsync(work.JobId, ImportStatus.Failed, clock.GetUtcNow(), watch.ElapsedMilliseconds, CancellationToken.None);
            }
        }
    }

    private async Task RunAsync(ImportWork work, CancellationToken ct)
    {
        var processed = 0;
        var failed = 0;
        var pending = new List<ImportRowError>();
        var gate = new SemaphoreSlim(1, 1);
        await Parallel.ForEachAsync(work.Writes, new ParallelOptions { MaxDegreeOfParallelism = work.Parallelism, CancellationToken = ct },
            async (write, token) =>
            {
                ImportRowError? error = null;
                try
                {
                    await write.Run(token);
                }
                catch (DomainException e)
                {
                    error = new ImportRowError(write.Row, e.Fields.Keys.FirstOrDefault() ?? write.Column, e.Message);
                }
                catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation)
                {
                    error = new ImportRowError(write.Row, write.Column, "与已有数据重复（如登录名）");
                }
                await gate.WaitAsync(token);
                try
                {
                    processed++;
                    if (error is not null) { failed++; pending.Add(error); }
                    if (processed % ProgressEvery == 0 || processed == work.Writes.Count)
                    {
                        await jobs.ProgressAsync(work.JobId, processed, failed, pending.OrderBy(x => x.Row).ToList(), token);
                        pending.Clear();
                    }
                }
                finally
                {
                    gate.Release();
                }
            });
    }
}
