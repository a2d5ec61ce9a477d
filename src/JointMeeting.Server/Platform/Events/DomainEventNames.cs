using System.Reflection;
using JointMeeting.Domain.Common;
using JointMeeting.EventStore;

namespace JointMeeting.Server.Platform.Events;

/// <summary>
/// Registers the stable name of every domain event. Each aggregate lists its names next to its events
/// (<c>WishEventNames.All</c> …); finding those lists by shape keeps a new feature from needing a central edit.
/// </summary>
public static class DomainEventNames
{
    public static IReadOnlyList<(Type Type, string Name)> Discover(Assembly domain) =>
        domain.GetTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("EventNames", StringComparison.Ordinal))
            .Select(t => t.GetField("All", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<IReadOnlyList<(Type Type, string Name)>>()
            .SelectMany(list => list)
            .ToList();

    public static void RegisterAll(EventTypeRegistry registry)
    {
        foreach (var (type, name) in Discover(typeof(Actor).Assembly)) registry.Register(type, name);
    }
}
