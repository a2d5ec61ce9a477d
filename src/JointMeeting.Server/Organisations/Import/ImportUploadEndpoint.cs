using System.Text.Json;
using JointMeeting.Server.Platform.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;

namespace JointMeeting.Server.Organisations.Import;

/// <summary>
/// POST /imports/uploads with the raw file as the body (Content-Type text/csv or application/octet-stream;
/// a cross-site form cannot send either, so the session cookie cannot be abused) → {"uploadId": "…"}, then
/// importMembers(input: {uploadId, …}). For files above the 1 MB GraphQL body limit (50 000 members ≈ 3 MB).
/// </summary>
public sealed class ImportUploadEndpoint : IStartupFilter
{
    public const string Path = "/imports/uploads";
    private const long MaxBytes = 64L * 1024 * 1024;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(Path, branch => branch.Run(HandleAsync));
        next(app);
    };

    private static async Task HandleAsync(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method)) { await Problem(http, 405, "请使用 POST 上传"); return; }
        var type = http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (type is not ("text/csv" or "application/octet-stream")) { await Problem(http, 415, "Content-Type 须为 text/csv 或 application/octet-stream"); return; }
        var auth = await http.AuthenticateAsync();
        var actor = auth.Succeeded ? await http.RequestServices.GetRequiredService<IActorProvider>().FindAsync(auth.Principal!, http.RequestAborted) : null;
        if (actor is null) { await Problem(http, 401, "请先登录"); return; }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = MaxBytes;
        using var buffer = new MemoryStream();
        try
        {
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        }
        catch (BadHttpRequestException)
        {
            await Problem(http, 413, "文件过大（最大64MB）");
            return;
        }
        var id = await http.RequestServices.GetRequiredService<ImportJobs>().SaveUploadAsync(actor.AccountId, buffer.ToArray(), http.RequestAborted);
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(JsonSerializer.Serialize(new { uploadId = id, bytes = buffer.Length }));
    }

    private static Task Problem(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new { error = message }));
    }
}
