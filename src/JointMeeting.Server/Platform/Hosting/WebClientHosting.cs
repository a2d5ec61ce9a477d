using Microsoft.Extensions.FileProviders;

namespace JointMeeting.Server.Platform.Hosting;

public static class WebClientHosting
{
    /// <summary>
    /// Serves the built client at / with index.html for every client route (the client routes itself).
    /// API paths (/graphql, /hubs, /health) are mapped before and never fall back.
    /// </summary>
    public static WebApplication MapWebClient(this WebApplication app)
    {
        var dir = AppDirectories.Client(app.Configuration);
        if (dir is null)
        {
            app.Logger.LogWarning("The web client is not built (client/dist missing): serving the API only. Run `npm start` to build it.");
            return app;
        }
        var files = new PhysicalFileProvider(dir);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // Hashed asset names never change content: cache them for a year; index.html is revalidated.
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl =
                ctx.File.Name == "index.html" ? "no-cache" : "public, max-age=31536000, immutable",
        });
        app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files })
            .Add(b => ((RouteEndpointBuilder)b).Order = int.MaxValue);
        return app;
    }
}
