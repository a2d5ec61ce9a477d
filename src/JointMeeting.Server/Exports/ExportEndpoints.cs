using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.Server.Meetings;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Platform.Auth;
using Microsoft.AspNetCore.Authentication;

namespace JointMeeting.Server.Exports;

/// <summary>
/// GET /exports/{list}.csv?organisationId=… (needs, resources, projects, agreements, action-items),
/// GET /exports/meetings/{id}/minutes.csv and GET /meetings/{id}/minutes/print. Cookie auth like /graphql;
/// the scope rule is <see cref="ExportPolicy"/>.
/// </summary>
public static class ExportEndpoints
{
    public static async Task HandleAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        http.Response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(http.Request.Method)) { await ErrorAsync(http, 405, "不支持的请求"); return; }
        var principal = (await http.AuthenticateAsync()).Principal;
        var actor = principal is null ? null : await http.RequestServices.GetRequiredService<IActorProvider>().FindAsync(principal, ct);
        if (actor is null) { await ErrorAsync(http, 401, "请先登录"); return; }
        var segments = http.Request.Path.Value!.Trim('/').Split('/');
        var services = http.RequestServices;
        try
        {
            switch (segments)
            {
                case ["meetings", var id, "minutes", "print"]:
                    var meeting = await MinutesAsync(services, actor, id, ct);
                    await WriteAsync(http, "text/html; charset=utf-8", null, System.Text.Encoding.UTF8.GetBytes(
                        await MinutesPage.RenderAsync(meeting.State, services, ct)));
                    return;
                case ["exports", "meetings", var id, "minutes.csv"]:
                    var held = await MinutesAsync(services, actor, id, ct);
                    await WriteAsync(http, "text/csv; charset=utf-8", $"minutes-{id}.csv", (await ListExports.MinutesAsync(held.State, services, ct)).ToBytes());
                    return;
                case ["exports", var file] when file.EndsWith(".csv", StringComparison.Ordinal):
                    var organisationId = http.Request.Query["organisationId"].ToString();
                    if (string.IsNullOrEmpty(organisationId)) { await ErrorAsync(http, 400, "请指定 organisationId"); return; }
                    var org = await services.GetRequiredService<IOrganisationDirectory>().FindAsync(organisationId, ct);
                    if (org is null) { await ErrorAsync(http, 404, "组织不存在"); return; }
                    if (!ExportPolicy.MayExport(actor, org)) { await ErrorAsync(http, 403, "只能导出本人管理范围内的清单"); return; }
                    var csv = await ListExports.ListAsync(file[..^4], organisationId, services, ct);
                    if (csv is null) { await ErrorAsync(http, 404, "没有这种清单"); return; }
                    await WriteAsync(http, "text/csv; charset=utf-8", $"{file[..^4]}-{organisationId}.csv", csv.ToBytes());
                    return;
                default:
                    await ErrorAsync(http, 404, "没有这种导出");
                    return;
            }
        }
        catch (DomainException e)
        {
            await ErrorAsync(http, e.Code switch { ErrorCode.Forbidden => 403, ErrorCode.NotFound => 404, _ => 400 }, e.Message);
        }
    }

    private static async Task<MeetingView> MinutesAsync(IServiceProvider services, Actor actor, string meetingId, CancellationToken ct)
    {
        var meeting = await services.GetRequiredService<MeetingBoard>().GetAsync(meetingId, ct);
        if (!ExportPolicy.MaySeeMinutes(actor, meeting.State)) throw DomainException.Forbidden("只有本次会议的参会成员和组织者可以查看纪要");
        return meeting;
    }

    private static async Task WriteAsync(HttpContext http, string contentType, string? fileName, byte[] body)
    {
        http.Response.ContentType = contentType;
        if (fileName is not null)
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    private static async Task ErrorAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(message, http.RequestAborted);
    }
}

/// <summary>Who may export what: the lists of an organisation to its secretaries (and those above) or its own unit contact; minutes to members and organisers.</summary>
public static class ExportPolicy
{
    public static bool MayExport(Actor actor, OrganisationInfo org) => actor.IsSecretaryOver(org.Path) || actor.IsContactOf(org.Id);

    /// <summary>Drafts only to the organisers; approved (and published) minutes also to the invited members.</summary>
    public static bool MaySeeMinutes(Actor actor, Meeting meeting) =>
        MeetingPolicy.CanManage(actor, meeting) || MeetingPolicy.CanApproveMinutes(actor, meeting)
        || (meeting.MinutesLocked && MeetingPolicy.IsInvited(actor, meeting));
}

/// <summary>Puts the export paths in front of the pipeline (a feature registers services only).</summary>
internal sealed class ExportEndpointsStartup : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.MapWhen(http => http.Request.Path.StartsWithSegments("/exports")
                            || (http.Request.Path.StartsWithSegments("/meetings") && http.Request.Path.Value!.EndsWith("/minutes/print", StringComparison.Ordinal)),
            branch => branch.Run(ExportEndpoints.HandleAsync));
        next(app);
    };
}

public sealed class ExportsFeature : JointMeeting.Server.Platform.IFeature
{
    public void Register(WebApplicationBuilder builder) => builder.Services.AddSingleton<IStartupFilter, ExportEndpointsStartup>();
}
