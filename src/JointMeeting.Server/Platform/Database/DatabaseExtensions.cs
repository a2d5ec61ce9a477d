using System.Data.Common;
using JointMeeting.Server.Platform.Database.Migrations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace JointMeeting.Server.Platform.Database;

public static class DatabaseExtensions
{
    /// <summary>
    /// One pooled <see cref="NpgsqlDataSource"/> for the whole process (Quartz, outbox, event store and
    /// features all take connections from it), and the migrations, applied before anything else starts.
    /// </summary>
    public static IHostApplicationBuilder AddDatabase(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // Read lazily, so test hosts can supply the connection string after Program ran.
        services.TryAddSingleton(sp =>
            new NpgsqlDataSourceBuilder(PostgresConnectionString.From(sp.GetRequiredService<IConfiguration>()))
                .UseLoggerFactory(sp.GetRequiredService<ILoggerFactory>())
                .Build());
        services.TryAddSingleton<DbDataSource>(sp => sp.GetRequiredService<NpgsqlDataSource>());

        services.AddOptions<MigrationOptions>().Configure(o => o.Assemblies.Add(typeof(DatabaseExtensions).Assembly));
        services.TryAddSingleton(sp => new MigrationRunner(
            sp.GetRequiredService<NpgsqlDataSource>(),
            MigrationOptions.All(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<MigrationOptions>>().Value),
            sp.GetRequiredService<ILogger<MigrationRunner>>()));
        // Registered before the Quartz and outbox services, so the schema is there when they start.
        services.AddHostedService<MigrationHostedService>();
        return builder;
    }

    /// <summary>Adds an assembly whose embedded `Migrations/NNNN_name.sql` resources are applied too.</summary>
    public static IServiceCollection AddMigrationsFrom(this IServiceCollection services, System.Reflection.Assembly assembly)
    {
        services.Configure<MigrationOptions>(o => o.Assemblies.Add(assembly));
        return services;
    }

    /// <summary>Adds a migration whose SQL comes from code (e.g. a library's schema script).</summary>
    public static IServiceCollection AddMigration(this IServiceCollection services, Migrations.Migration migration)
    {
        services.Configure<MigrationOptions>(o => o.Extra.Add(migration));
        return services;
    }
}

public sealed class MigrationOptions
{
    public HashSet<System.Reflection.Assembly> Assemblies { get; } = [];

    public List<Migrations.Migration> Extra { get; } = [];

    internal static IReadOnlyList<Migrations.Migration> All(MigrationOptions o) =>
        EmbeddedMigrations.Merge(EmbeddedMigrations.From(o.Assemblies), o.Extra);
}
