namespace JointMeeting.EventStore.Tests;

public sealed class SchemaTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    [Fact]
    public async Task Installing_twice_and_from_several_nodes_at_once_succeeds_and_creates_each_table_once()
    {
        const string schema = "schema_install_test";
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => EventStoreSchema.ApplyAsync(fixture.DataSource, schema))));
        await EventStoreSchema.ApplyAsync(fixture.DataSource, schema);

        var tables = await fixture.ScalarAsync<long>(
            $"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{schema}'");
        Assert.Equal(4, tables);
    }

    [Fact]
    public async Task Each_event_records_the_id_of_the_transaction_that_wrote_it()
    {
        await using var store = await fixture.CreateStoreAsync();
        ulong insideTransaction = 0;
        await store.AppendAsync("s1", ExpectedVersion.NoStream, [new ItemAdded("a", 1)], new AppendOptions
        {
            InTransaction = async (context, ct) =>
            {
                await using var command = context.CreateCommand("SELECT pg_current_xact_id()::text::bigint");
                insideTransaction = (ulong)(long)(await command.ExecuteScalarAsync(ct))!;
            },
        });

        var stored = await store.ReadStreamAsync("s1");
        Assert.Equal(insideTransaction, Assert.Single(stored).Position.TransactionId);
    }

    [Theory]
    [InlineData("Events")]
    [InlineData("x; DROP TABLE y")]
    [InlineData("")]
    public void A_schema_name_that_is_not_a_plain_identifier_is_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => EventStoreSchema.Sql(name));
        Assert.Throws<ArgumentException>(() => new EventStoreOptions { Schema = name });
    }
}
