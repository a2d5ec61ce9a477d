using System.Text;

namespace JointMeeting.EventStore;

/// <summary>
/// Stable 64-bit advisory lock keys derived from a purpose and the schema name, so two stores in
/// different schemas of one database never contend for each other's locks.
/// </summary>
internal static class AdvisoryKeys
{
    public static long SchemaInstall(string schema) => Hash($"jointmeeting.eventstore/install/{schema}");

    public static long DaemonLeader(string schema) => Hash($"jointmeeting.eventstore/daemon/{schema}");

    // FNV-1a: string.GetHashCode is randomised per process, and every node must compute the same key.
    private static long Hash(string text)
    {
        const ulong offset = 14695981039346656037, prime = 1099511628211;
        var hash = offset;
        foreach (var b in Encoding.UTF8.GetBytes(text))
            hash = (hash ^ b) * prime;
        return unchecked((long)hash);
    }
}
