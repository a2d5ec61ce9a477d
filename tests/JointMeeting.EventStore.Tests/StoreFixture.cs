using JointMeeting.Testing;
using Npgsql;

namespace JointMeeting.EventStore.Tests;

/// <summary>One throwaway database per test class; each test gets its own schema in it, so tests never see each other's events.</summary>
public sealed class StoreFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public string ConnectionString => _database!.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("es");
        DataSource = _database.CreateDataSource();
    }

    public async Task DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await _database!.DisposeAsync();
    }

    /// <summary>A store on a fresh schema with the test event types registered.</summary>
    public async Task<PostgresEventStore> CreateStoreAsync(Action<EventStoreOptions>? configure = null)
    {
        var options = NewOptions();
        configure?.Invoke(options);
        await EventStoreSchema.ApplyAsync(DataSource, options.Schema);
        return new PostgresEventStore(DataSource, options);
    }

    public static EventStoreOptions NewOptions()
    {
        var options = new EventStoreOptions { Schema = "s_" + Guid.NewGuid().ToString("N")[..12] };
        TestEvents.Register(options.Events);
        return options;
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? default! : (T)value!;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
