using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JointMeeting.Server.Platform.Health;

public static class HealthExtensions
{
    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DatabaseHealth>();
        builder.Services.AddHealthContributor<OutboxHealth>();
        builder.Services.AddSingleton<HealthReport>();
        return builder;
    }

    /// <summary>How another part (the projection daemon, a feature) adds a section to GET /health.</summary>
    public static IServiceCollection AddHealthContributor<T>(this IServiceCollection services) where T : class, IHealthContributor
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHealthContributor, T>());
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (HealthReport report, HttpContext http) =>
        {
            var (healthy, body) = await report.BuildAsync(http.RequestAborted);
            return Results.Json(body, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).ExcludeFromDescription();
        return endpoints;
    }
}
