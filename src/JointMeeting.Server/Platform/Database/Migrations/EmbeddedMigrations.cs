using System.Reflection;
using System.Text.RegularExpressions;

namespace JointMeeting.Server.Platform.Database.Migrations;

/// <summary>
/// Finds migrations by resource name, so no central list is needed: any embedded `…/Migrations/NNNN_name.sql`
/// (e.g. `MicroWishes/Migrations/0100_wishes.sql`) in the given assemblies is one.
/// </summary>
public static partial class EmbeddedMigrations
{
    [GeneratedRegex(@"(?:^|\.)Migrations\.(?<version>\d{4,})_(?<name>[A-Za-z0-9_\-]+)\.sql$")]
    private static partial Regex ResourceName();

    public static IReadOnlyList<Migration> From(IEnumerable<Assembly> assemblies)
    {
        var found = new List<Migration>();
        foreach (var assembly in assemblies.Distinct())
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(resource);
            if (!match.Success) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            found.Add(new Migration(int.Parse(match.Groups["version"].Value), match.Groups["name"].Value, reader.ReadToEnd(), resource));
        }

        return Merge(found, []);
    }

    /// <summary>All migrations in version order; two claiming one version would apply in an arbitrary order, so that refuses to start.</summary>
    public static IReadOnlyList<Migration> Merge(IEnumerable<Migration> embedded, IEnumerable<Migration> extra)
    {
        var found = embedded.Concat(extra).ToList();
        var clash = found.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new InvalidOperationException(
                $"Two migrations share version {clash.Key:D4}: {string.Join(", ", clash.Select(m => m.Source))}. Renumber one of them.");
        return found.OrderBy(m => m.Version).ToList();
    }
}
