namespace JointMeeting.EventStore.Tests;

public sealed record ItemAdded(string ItemId, int Amount);

public sealed record ItemRemoved(string ItemId);

public sealed record NoteWritten(string Text, int Writer);

/// <summary>Deliberately not registered.</summary>
public sealed record NeverRegistered(string Text);

public static class TestEvents
{
    public static void Register(EventTypeRegistry registry) => registry
        .Register<ItemAdded>("item.added")
        .Register<ItemRemoved>("item.removed")
        .Register<NoteWritten>("note.written");

    public static string NewStreamId(string prefix = "stream") => $"{prefix}-{Guid.NewGuid():N}";
}

/// <summary>Polls a condition until it holds or the deadline passes, so timing never becomes an assertion.</summary>
public static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? within = null, string? what = null)
    {
        // Generous: position readers wait for every older write transaction on the whole cluster, and on a shared test
        // cluster another suite's CREATE DATABASE can hold one open for many seconds.
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            var value = await probe();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Gave up waiting for {what ?? "the condition"}; last value: {value}");
            await Task.Delay(50);
        }
    }
}

/// <summary>Starts many operations at once behind an async gate (a blocking Barrier would starve the thread pool other tests share).</summary>
public static class Simultaneously
{
    public static async Task<T[]> RunAsync<T>(int count, Func<int, Task<T>> operation)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            await gate.Task;
            return await operation(i);
        })).ToArray();
        gate.SetResult();
        return await Task.WhenAll(tasks);
    }
}
