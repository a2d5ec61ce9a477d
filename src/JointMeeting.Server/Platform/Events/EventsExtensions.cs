using System.Text.Json.Serialization;
using JointMeeting.EventStore;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Platform.Database;
using JointMeeting.Server.Platform.Database.Migrations;
using JointMeeting.Server.Platform.Health;

namespace JointMeeting.Server.Platform.Events;

public static class EventsExtensions
{
    /// <summary>Version of the migration holding the event store's tables (platform range 0001–0099).</summary>
    private const int EventStoreMigration = 3;

    /// <summary>
    /// The event store on the shared data source, every domain event name, the projection daemon and the
    /// live feed, and the one write path (<see cref="CommandExecutor"/>). Projections are picked up from
    /// DI: a feature registers its <see cref="IInlineProjection"/>s and <see cref="IAsyncProjection"/>s.
    /// </summary>
    public static WebApplicationBuilder AddEvents(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddMigration(new Migration(EventStoreMigration, "event_store", EventStoreSchema.Sql(),
            typeof(EventStoreSchema).Assembly.GetName().Name!));
        services.AddEventStore(options =>
        {
            // Enum members by name: reordering an enum must not change what old events mean.
            options.JsonOptions.Converters.Add(new JsonStringEnumConverter());
            DomainEventNames.RegisterAll(options.Events);
        });
        services.AddSingleton<CommandExecutor>();
        services.AddHealthContributor<ProjectionHealth>();
        return builder;
    }
}
