using System.Text.Json;
using JointMeeting.Domain.Common;
using JointMeeting.Server.MicroWishes;
using JointMeeting.Server.Platform.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;

namespace JointMeeting.Server.Uploads;

/// <summary>
/// POST /uploads/photos (multipart, one file) and GET /uploads/photos/{id}. Cookie auth like /graphql.
/// CSRF: a cross-site form can post multipart but cannot add a custom header, so uploads require
/// <c>X-JM-Upload: 1</c>. Files are sniffed by their magic bytes; the declared type is ignored.
/// </summary>
public static class PhotoEndpoints
{
    public const string Path = "/uploads/photos";
    public const string GuardHeader = "X-JM-Upload";

    public static async Task HandleAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        http.Response.Headers.CacheControl = "no-store";
        var principal = (await http.AuthenticateAsync()).Principal;
        var actor = principal is null ? null : await http.RequestServices.GetRequiredService<IActorProvider>().FindAsync(principal, ct);
        if (actor is null) { await ErrorAsync(http, 401, "UNAUTHENTICATED", "请先登录"); return; }

        var rest = http.Request.Path.Value![Path.Length..].Trim('/');
        if (HttpMethods.IsPost(http.Request.Method) && rest.Length == 0) await UploadAsync(http, actor, ct);
        else if (HttpMethods.IsGet(http.Request.Method) && rest.Length > 0 && !rest.Contains('/')) await ServeAsync(http, actor, rest, ct);
        else await ErrorAsync(http, 405, "METHOD_NOT_ALLOWED", "不支持的请求");
    }

    private static async Task UploadAsync(HttpContext http, Actor actor, CancellationToken ct)
    {
        if (http.Request.Headers[GuardHeader] != "1") { await ErrorAsync(http, 403, "FORBIDDEN", $"上传请求须带 {GuardHeader}: 1 请求头"); return; }
        if (!http.Request.HasFormContentType) { await ErrorAsync(http, 415, "VALIDATION", "请以 multipart/form-data 上传照片"); return; }
        // Reject early by length, then enforce while reading (a chunked body has no length).
        if (http.Request.ContentLength > PhotoStore.MaxBytes + 64 * 1024) { await ErrorAsync(http, 413, "VALIDATION", "每张照片不能超过5MB"); return; }
        var limits = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limits is { IsReadOnly: false }) limits.MaxRequestBodySize = PhotoStore.MaxBytes + 64 * 1024;

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = PhotoStore.MaxBytes + 64 * 1024 }, ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            await ErrorAsync(http, 413, "VALIDATION", "每张照片不能超过5MB");
            return;
        }
        if (form.Files.Count != 1) { await ErrorAsync(http, 400, "VALIDATION", "每次上传一张照片"); return; }
        var file = form.Files[0];
        if (file.Length == 0) { await ErrorAsync(http, 400, "VALIDATION", "照片为空"); return; }
        if (file.Length > PhotoStore.MaxBytes) { await ErrorAsync(http, 413, "VALIDATION", "每张照片不能超过5MB"); return; }
        var data = new byte[file.Length];
        await using (var stream = file.OpenReadStream()) await stream.ReadExactlyAsync(data, ct);
        var type = PhotoStore.Sniff(data);
        if (type is null) { await ErrorAsync(http, 415, "VALIDATION", "照片仅支持JPEG、PNG、WebP格式"); return; }

        var saved = await http.RequestServices.GetRequiredService<PhotoStore>().SaveAsync(actor.PersonId, type, data, ct);
        http.Response.StatusCode = 201;
        await http.Response.WriteAsJsonAsync(new { id = saved.Id, contentType = saved.ContentType, sizeBytes = saved.SizeBytes, url = $"{Path}/{saved.Id}" }, ct);
    }

    private static async Task ServeAsync(HttpContext http, Actor actor, string id, CancellationToken ct)
    {
        var found = await http.RequestServices.GetRequiredService<PhotoStore>().ReadAsync(id, ct);
        // Not yours and not on a wish you may see: the same answer as "no such photo", so ids cannot be probed.
        if (found is not { } photo || (photo.Photo.OwnerId != actor.PersonId
            && !await http.RequestServices.GetRequiredService<WishReadPolicy>().MaySeePhotoAsync(actor, id, ct)))
        {
            await ErrorAsync(http, 404, "NOT_FOUND", "照片不存在");
            return;
        }
        http.Response.Headers.CacheControl = "private, max-age=86400";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.ContentType = photo.Photo.ContentType;
        http.Response.ContentLength = photo.Data.Length;
        await http.Response.Body.WriteAsync(photo.Data, ct);
    }

    private static async Task ErrorAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        await http.Response.WriteAsJsonAsync(new { error = new { code, message } }, http.RequestAborted);
    }
}

/// <summary>Puts the photo endpoints in front of the pipeline (a feature registers services only, so this is how it maps a path).</summary>
internal sealed class PhotoEndpointsStartup : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.MapWhen(http => http.Request.Path.StartsWithSegments(PhotoEndpoints.Path), branch => branch.Run(PhotoEndpoints.HandleAsync));
        next(app);
    };
}

public sealed class UploadsFeature : JointMeeting.Server.Platform.IFeature
{
    public void Register(WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PhotoStore>();
        builder.Services.AddSingleton<IStartupFilter, PhotoEndpointsStartup>();
    }
}
