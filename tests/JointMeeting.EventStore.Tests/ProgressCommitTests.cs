using Npgsql;

namespace JointMeeting.EventStore.Tests;

/// <summary>Progress moves commit asynchronously; the setting must stay inside their transaction, never on the pooled connection.</summary>
public sealed class ProgressCommitTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    [Fact]
    public async Task Moving_progress_turns_off_the_flush_wait_for_its_own_transaction_only()
    {
        var schema = "";
        await using var store = await fixture.CreateStoreAsync(options => schema = options.Schema);
        var progress = new ProgressSql(schema);
        await using var connection = await fixture.DataSource.OpenConnectionAsync();
        await progress.EnsureRowsAsync(connection, ["a", "b"], CancellationToken.None);
        var next = new GlobalPosition(5, 5);

        var moved = await progress.TryAdvanceAllAsync(connection, ["a", "b"], GlobalPosition.Start, next, CancellationToken.None);
        Assert.Equal([true, true], moved);
        Assert.Equal("on", await Setting(connection, null));

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            Assert.True(await progress.TryAdvanceAsync(new ProjectionContext(connection, transaction), "a", next, new GlobalPosition(6, 6), CancellationToken.None));
            Assert.False(await progress.TryAdvanceAsync(new ProjectionContext(connection, transaction), "b", GlobalPosition.Start, next, CancellationToken.None));
            Assert.Equal("off", await Setting(connection, transaction));
            await transaction.CommitAsync();
        }
        Assert.Equal("on", await Setting(connection, null));
        Assert.Equal([new GlobalPosition(6, 6), next], await progress.ReadPositionsAsync(connection, ["a", "b"], CancellationToken.None));
    }

    private static async Task<string> Setting(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        await using var command = new NpgsqlCommand("SHOW synchronous_commit", connection, transaction);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
