using JointMeeting.Server.Platform.Seeds;
using JointMeeting.EventStore;
using JointMeeting.Server.Platform;
using JointMeeting.Server.Privacy;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JointMeeting.Server.Organisations;

public sealed class OrganisationsFeature : IFeature
{
    public void Register(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ISeedSteps, OrganisationSeedSteps>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IInlineProjection, OrganisationProjection>();
        services.AddSingleton<OrganisationReadModel>();
        services.AddSingleton<IOrganisationDirectory>(sp => sp.GetRequiredService<OrganisationReadModel>());
        services.AddSingleton<OrganisationService>();
        services.AddSingleton<PrivacyGuard>();
        services.AddSingleton<PrivacyViews>();
        services.AddSingleton<Import.ImportJobs>();
        services.AddSingleton<Import.ImportInterruptions>();
        services.AddSingleton<Import.ImportService>();
        services.AddSingleton<Import.ImportWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<Import.ImportWorker>());
        services.AddSingleton<IStartupFilter, Import.ImportUploadEndpoint>();
    }
}
