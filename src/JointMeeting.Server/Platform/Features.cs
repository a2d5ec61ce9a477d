using System.Reflection;

namespace JointMeeting.Server.Platform;

/// <summary>
/// A feature's registrations (services, projections, jobs, live notices), found by scanning so that adding
/// a feature folder needs no edit here or in Program.cs. GraphQL types are found the same way (IGraphQLModule).
/// </summary>
public interface IFeature
{
    void Register(WebApplicationBuilder builder);
}

public static class FeatureExtensions
{
    public static WebApplicationBuilder AddFeatures(this WebApplicationBuilder builder)
    {
        var features = typeof(FeatureExtensions).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IFeature).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in features) ((IFeature)Activator.CreateInstance(type)!).Register(builder);
        return builder;
    }
}
