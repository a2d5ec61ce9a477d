using Microsoft.AspNetCore.Authentication.Cookies;

namespace JointMeeting.Server.Platform.Auth;

public static class AuthExtensions
{
    public const string CookieName = "jm.session";

    /// <summary>
    /// Cookie sessions (HttpOnly, SameSite=Lax). The API never redirects to a login page: an anonymous call
    /// gets UNAUTHENTICATED from GraphQL, and plain HTTP endpoints answer 401/403.
    /// CSRF: SameSite=Lax keeps the cookie off cross-site POSTs, and /graphql accepts POST only with a JSON
    /// content type, which a cross-site form cannot send.
    /// </summary>
    public static WebApplicationBuilder AddAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;
                options.Events.OnRedirectToLogin = context => { context.Response.StatusCode = 401; return Task.CompletedTask; };
                options.Events.OnRedirectToAccessDenied = context => { context.Response.StatusCode = 403; return Task.CompletedTask; };
            });
        // After the framework's own post-configure has made the data-protection ticket format: wrap it.
        builder.Services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme,
            options => options.TicketDataFormat = new CachedTicketFormat(options.TicketDataFormat ?? throw new InvalidOperationException("Cookie ticket format missing")));
        builder.Services.AddAuthorization();
        builder.Services.AddScoped<CurrentActor>();
        // Replaced by the Accounts feature (registered later, so it wins); without it nobody is signed in.
        builder.Services.AddSingleton<IActorProvider, NobodySignedIn>();
        return builder;
    }

    public static WebApplication UseAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}

/// <summary>The actor provider when no accounts feature is composed: every request is anonymous.</summary>
internal sealed class NobodySignedIn : IActorProvider
{
    public ValueTask<JointMeeting.Domain.Common.Actor?> FindAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken ct) => ValueTask.FromResult<JointMeeting.Domain.Common.Actor?>(null);

    public Database.BatchRead<JointMeeting.Domain.Common.Actor?>? FindRead(System.Security.Claims.ClaimsPrincipal user) => null;
}
