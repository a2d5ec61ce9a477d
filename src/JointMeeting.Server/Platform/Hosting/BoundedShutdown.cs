using System.Diagnostics;

namespace JointMeeting.Server.Platform.Hosting;

/// <summary>
/// SIGTERM / Ctrl-C end the server within a deadline, also when PostgreSQL is already gone: every hosted
/// service gets the host's stop token, which fires after <see cref="DefaultTimeout"/> (or App:ShutdownTimeout).
/// The start and the end of the shutdown are logged so an operator sees how long it took.
/// </summary>
public static class BoundedShutdown
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public static WebApplicationBuilder AddBoundedShutdown(this WebApplicationBuilder builder)
    {
        var timeout = builder.Configuration.GetValue($"{AppOptions.Section}:ShutdownTimeout", DefaultTimeout);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = timeout);
        return builder;
    }

    /// <summary>Runs the app and logs when stopping began and how long it took.</summary>
    public static async Task RunBoundedAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BoundedShutdown).FullName!);
        var timeout = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HostOptions>>().Value.ShutdownTimeout;
        var stopping = new Stopwatch();
        app.Lifetime.ApplicationStopping.Register(() =>
        {
            stopping.Start();
            logger.LogInformation("Stopping (at most {Seconds} s for background work)", timeout.TotalSeconds);
        });
        await app.RunAsync();
        logger.LogInformation("Stopped in {Seconds:0.0} s", stopping.Elapsed.TotalSeconds);
    }
}
