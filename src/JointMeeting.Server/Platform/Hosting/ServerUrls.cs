using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace JointMeeting.Server.Platform.Hosting;

/// <summary>Where the server listens: PORT (default 5080) on every interface, unless ASPNETCORE_URLS says otherwise.</summary>
public static class ServerUrls
{
    public const int DefaultPort = 5080;

    public static WebApplicationBuilder AddServerUrls(this WebApplicationBuilder builder)
    {
        // ASPNETCORE_URLS / --urls land in the "urls" key; an operator who set them knows better than PORT.
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            var port = builder.Configuration.GetValue("PORT", DefaultPort);
            builder.WebHost.UseUrls($"http://0.0.0.0:{port}");
        }
        builder.Services.AddOptions<AppOptions>().BindConfiguration(AppOptions.Section).PostConfigure<IConfiguration>((app, config) =>
        {
            // Without App__BaseUrl, links point at this server's own port.
            if (string.IsNullOrWhiteSpace(config[$"{AppOptions.Section}:BaseUrl"]))
                app.BaseUrl = $"http://localhost:{config.GetValue("PORT", DefaultPort)}";
        });
        return builder;
    }

    /// <summary>Prints the one line `npm start` and people wait for, once Kestrel really listens.</summary>
    public static void AnnounceWhenListening(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            var first = addresses?.FirstOrDefault();
            if (first is null) return; // in-memory test server: nothing listens
            var port = new Uri(first.Replace("0.0.0.0", "localhost").Replace("[::]", "localhost").Replace("+", "localhost").Replace("*", "localhost")).Port;
            Console.WriteLine($"JointMeeting listening on http://localhost:{port}");
        });
}
