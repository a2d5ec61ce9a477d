using JointMeeting.Server.Platform.Seeds;
using JointMeeting.EventStore;
using JointMeeting.Server.Accounts.Login;
using JointMeeting.Server.Platform;
using JointMeeting.Server.Platform.Auth;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JointMeeting.Server.Accounts;

public sealed class AccountsFeature : IFeature
{
    public void Register(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ISeedSteps, AccountSeedSteps>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddOptions<LoginOptions>().Bind(builder.Configuration.GetSection(LoginOptions.Section));
        services.AddSingleton<IInlineProjection, AccountProjection>();
        services.AddSingleton<AccountReadModel>();
        services.AddSingleton<IPeopleDirectory>(sp => sp.GetRequiredService<AccountReadModel>());
        services.AddSingleton<IActorProvider, AccountActorProvider>();
        services.AddSingleton<Passwords>();
        services.AddSingleton<LoginRateLimiter>();
        services.AddScoped<LoginService>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<AccountViews>();
    }
}
