using System.Text.Json;

namespace JointMeeting.EventStore.Tests;

public sealed class IdempotentCommandTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private static AppendOptions Command(string id, object? result = null) => new()
    {
        CommandId = id,
        CommandResult = result is null ? null : JsonSerializer.SerializeToElement(result),
    };

    [Fact]
    public async Task Retrying_a_command_appends_nothing_and_returns_the_first_outcome_with_its_result()
    {
        await using var store = await fixture.CreateStoreAsync();
        await store.AppendAsync("s", ExpectedVersion.NoStream, [new ItemAdded("a", 1)]);

        var first = await store.AppendAsync("s", ExpectedVersion.Exactly(1), [new ItemAdded("b", 1), new ItemAdded("c", 1)],
            Command("cmd-1", new { createdId = "b" }));
        // The retry still carries the version the client saw before its first attempt: it must not conflict.
        var retryStale = await store.AppendAsync("s", ExpectedVersion.Exactly(1), [new ItemAdded("b", 1), new ItemAdded("c", 1)], Command("cmd-1"));
        var retryAny = await store.AppendAsync("s", ExpectedVersion.Any, [new ItemAdded("b", 1)], Command("cmd-1"));

        Assert.False(first.IsReplay);
        Assert.Equal((2L, 3L), (first.FirstVersion, first.LastVersion));
        foreach (var retry in new[] { retryStale, retryAny })
        {
            Assert.True(retry.IsReplay);
            Assert.Equal(first with { IsReplay = true, CommandResult = retry.CommandResult }, retry);
            Assert.Equal("b", retry.CommandResult!.Value.GetProperty("createdId").GetString());
        }
        var events = await store.ReadStreamAsync("s");
        Assert.Equal(3, events.Count);
        Assert.Equal([null, "cmd-1", "cmd-1"], events.Select(e => e.CommandId));
    }

    [Fact]
    public async Task A_command_that_conflicted_was_not_recorded_and_can_run_again()
    {
        await using var store = await fixture.CreateStoreAsync();
        await store.AppendAsync("s", ExpectedVersion.NoStream, [new ItemAdded("a", 1)]);

        await Assert.ThrowsAsync<ConcurrencyException>(() =>
            store.AppendAsync("s", ExpectedVersion.Exactly(5), [new ItemAdded("b", 1)], Command("cmd-2")));
        var second = await store.AppendAsync("s", ExpectedVersion.Exactly(1), [new ItemAdded("b", 1)], Command("cmd-2"));

        Assert.False(second.IsReplay);
        Assert.Equal(2, (await store.ReadStreamAsync("s")).Count);
    }

    [Theory]
    [InlineData("no-stream")]
    [InlineData("exact")]
    [InlineData("any")]
    public async Task Simultaneous_appends_of_one_command_write_once_and_all_return_the_first_outcome(string mode)
    {
        await using var store = await fixture.CreateStoreAsync(o => o.InlineProjections.Add(new SlowInlineProjection()));
        var stream = TestEvents.NewStreamId();
        if (mode == "exact")
            await store.AppendAsync(stream, ExpectedVersion.NoStream, [new ItemAdded("seed", 1)]);
        var expected = mode switch
        {
            "no-stream" => ExpectedVersion.NoStream,
            "exact" => ExpectedVersion.Exactly(1),
            _ => ExpectedVersion.Any,
        };
        var results = await Simultaneously.RunAsync(8, _ =>
            store.AppendAsync(stream, expected, [new ItemAdded("once", 1)], Command($"cmd-{stream}", new { n = 1 })));

        Assert.Single(results, r => !r.IsReplay);
        Assert.Single(results.Select(r => (r.FirstSequence, r.LastSequence, r.LastVersion)).Distinct());
        Assert.Single(await store.ReadStreamAsync(stream), e => ((ItemAdded)e.Data).ItemId == "once");
    }

    /// <summary>Holds the append's transaction open a moment so the simultaneous attempts really overlap.</summary>
    private sealed class SlowInlineProjection : IInlineProjection
    {
        public async Task ApplyAsync(IReadOnlyList<RecordedEvent> events, ProjectionContext context, CancellationToken cancellationToken)
        {
            await using var command = context.CreateCommand("SELECT pg_sleep(0.2)");
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public Task ResetAsync(ProjectionContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
