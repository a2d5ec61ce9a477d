using JointMeeting.EventStore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the event store, its projection daemon and its live feed in a service collection.</summary>
public static class EventStoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IEventStore"/> (a <see cref="PostgresEventStore"/> on the registered <see cref="NpgsqlDataSource"/>),
    /// and <see cref="ProjectionDaemon"/> and <see cref="EventFeed"/> as hosted services. Projections registered as
    /// <see cref="IInlineProjection"/> / <see cref="IAsyncProjection"/> services are picked up too.
    /// The tables are not created here: run <see cref="EventStoreSchema"/> from the migrations.
    /// </summary>
    public static IServiceCollection AddEventStore(this IServiceCollection services, Action<EventStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (configure is not null)
            services.ConfigureEventStore(configure);
        if (services.Any(d => d.ServiceType == typeof(PostgresEventStore)))
            return services;

        services.TryAddSingleton(sp =>
        {
            var options = new EventStoreOptions();
            foreach (var step in sp.GetServices<EventStoreConfiguration>())
                step.Configure(options);
            foreach (var projection in sp.GetServices<IInlineProjection>())
                options.InlineProjections.Add(projection);
            foreach (var projection in sp.GetServices<IAsyncProjection>())
                options.AsyncProjections.Add(projection);
            return options;
        });
        services.TryAddSingleton(sp => new PostgresEventStore(
            sp.GetService<NpgsqlDataSource>() ?? throw new InvalidOperationException(
                "AddEventStore needs an NpgsqlDataSource singleton; register one (e.g. NpgsqlDataSource.Create(connectionString))."),
            sp.GetRequiredService<EventStoreOptions>(),
            sp.GetService<ILogger<PostgresEventStore>>()));
        services.TryAddSingleton<IEventStore>(sp => sp.GetRequiredService<PostgresEventStore>());
        services.TryAddSingleton(sp => new ProjectionDaemon(sp.GetRequiredService<PostgresEventStore>(), logger: sp.GetService<ILogger<ProjectionDaemon>>()));
        services.TryAddSingleton(sp => new EventFeed(sp.GetRequiredService<PostgresEventStore>(), sp.GetService<ILogger<EventFeed>>()));
        services.AddHostedService(sp => sp.GetRequiredService<ProjectionDaemon>());
        services.AddHostedService(sp => sp.GetRequiredService<EventFeed>());
        return services;
    }

    /// <summary>
    /// Adds configuration to the event store from anywhere (e.g. each feature registering its event types);
    /// all of it is applied, in order, when the store is first resolved.
    /// </summary>
    public static IServiceCollection ConfigureEventStore(this IServiceCollection services, Action<EventStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddSingleton(new EventStoreConfiguration(configure));
        return services;
    }
}

/// <summary>One configuration step queued by <see cref="EventStoreServiceCollectionExtensions.ConfigureEventStore"/>.</summary>
/// <param name="Configure">The step.</param>
public sealed record EventStoreConfiguration(Action<EventStoreOptions> Configure);
