using JointMeeting.Server.Platform.Database;
using JointMeeting.Server.Platform.Email;
using JointMeeting.Server.Platform.Health;
using JointMeeting.Server.Platform.Hosting;
using JointMeeting.Server.Platform.Jobs;

namespace JointMeeting.Server.Platform;

/// <summary>What every feature stands on; Program.cs composes it in one line.</summary>
public static class PlatformExtensions
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        builder.AddServerUrls();
        builder.AddBoundedShutdown();
        builder.AddDatabase();   // first: its migrations run before the hosted services added after it
        builder.AddJobs();
        builder.AddEmail();
        builder.AddHealth();
        return builder;
    }

    public static WebApplication MapPlatform(this WebApplication app)
    {
        app.MapHealth();
        return app;
    }

    /// <summary>
    /// Runs the server; a startup problem an operator can fix (no connection string, PostgreSQL down)
    /// ends it with one clear line on stderr and exit code 2 instead of a stack trace.
    /// </summary>
    public static async Task<int> RunPlatformAsync(this WebApplication app)
    {
        try
        {
            await DatabaseReachability.EnsureReachableAsync(app.Services);
            app.AnnounceWhenListening();
            await app.RunBoundedAsync();
            return 0;
        }
        catch (PlatformStartupException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }
}
