namespace JointMeeting.EventStore.Tests;

/// <summary>
/// An append whose transaction stays open (its events inserted, sequence taken, not committed) until released:
/// the slow writer that makes a later sequence commit before an earlier one.
/// </summary>
public sealed class HeldTransaction
{
    private readonly TaskCompletionSource _inserted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<bool> _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HeldTransaction(Task<AppendResult> append) => Append = append;

    public Task<AppendResult> Append { get; }

    public static async Task<HeldTransaction> StartAsync(IEventStore store, string streamId, object @event)
    {
        HeldTransaction? held = null;
        var gate = new TaskCompletionSource<HeldTransaction>();
        var options = new AppendOptions
        {
            InTransaction = async (_, _) =>
            {
                var self = await gate.Task;
                self._inserted.SetResult();
                if (!await self._release.Task)
                    throw new InvalidOperationException("rolled back on purpose");
            },
        };
        held = new HeldTransaction(Task.Run(() => store.AppendAsync(streamId, ExpectedVersion.Any, [@event], options)));
        gate.SetResult(held);
        await held._inserted.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return held;
    }

    public async Task CommitAsync()
    {
        _release.SetResult(true);
        await Append;
    }

    public async Task RollBackAsync()
    {
        _release.SetResult(false);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Append);
    }
}
