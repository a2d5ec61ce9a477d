using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace JointMeeting.GraphQL.Transport;

/// <summary>
/// Serves the built GraphiQL (an npm bundle, no CDN) from <see cref="GraphQLServerOptions.GraphiQLDirectory"/>:
/// the page at the GraphQL path and its assets below it.
/// </summary>
public sealed class GraphiQLFiles(IOptions<GraphQLServerOptions> options)
{
    private const string NotBuilt =
        "GraphiQL is not built. Build it with `npm run build` in client/graphiql (npm start does this), then reload.\n";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly Lazy<PhysicalFileProvider?> _files = new(() => OpenDirectory(options.Value.GraphiQLDirectory));

    /// <summary>The GraphiQL page, with a <c>&lt;base&gt;</c> so its relative asset URLs resolve below the GraphQL path.</summary>
    public async Task ServePageAsync(HttpContext context)
    {
        var index = _files.Value?.GetFileInfo("index.html");
        if (index is not { Exists: true })
        {
            await HttpResponses.WriteTextAsync(context, StatusCodes.Status404NotFound, NotBuilt).ConfigureAwait(false);
            return;
        }
        string html;
        using (var reader = new StreamReader(index.CreateReadStream(), Encoding.UTF8))
            html = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        string basePath = context.Request.PathBase.Add(context.Request.Path).Value!.TrimEnd('/') + "/";
        html = html.Replace("<head>", $"<head><base href=\"{System.Net.WebUtility.HtmlEncode(basePath)}\">", StringComparison.OrdinalIgnoreCase);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        HttpResponses.SetNoStore(response);
        await response.WriteAsync(html, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>One asset file (scripts, styles, workers); 404 when it is not there.</summary>
    public async Task ServeAssetAsync(HttpContext context, string? relativePath)
    {
        var provider = _files.Value;
        if (provider is null || string.IsNullOrEmpty(relativePath))
        {
            await HttpResponses.WriteTextAsync(context, StatusCodes.Status404NotFound, provider is null ? NotBuilt : "Not found.\n").ConfigureAwait(false);
            return;
        }
        // PhysicalFileProvider refuses paths that climb out of the directory ("..", rooted paths).
        var file = provider.GetFileInfo(relativePath);
        if (!file.Exists || file.IsDirectory)
        {
            await HttpResponses.WriteTextAsync(context, StatusCodes.Status404NotFound, "Not found.\n").ConfigureAwait(false);
            return;
        }
        var response = context.Response;
        response.ContentType = ContentTypes.TryGetContentType(file.Name, out var type) ? type : "application/octet-stream";
        response.ContentLength = file.Length;
        // Vite names assets by content hash, so they never change under the same URL.
        response.Headers.CacheControl = relativePath.StartsWith("assets/", StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        await response.SendFileAsync(file, context.RequestAborted).ConfigureAwait(false);
    }

    private static PhysicalFileProvider? OpenDirectory(string? directory) =>
        string.IsNullOrEmpty(directory) || !Directory.Exists(directory) ? null : new PhysicalFileProvider(Path.GetFullPath(directory));
}
