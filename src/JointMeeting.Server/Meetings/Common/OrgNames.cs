using System.Security.Cryptography;
using System.Text;
using JointMeeting.Domain.Common;
using JointMeeting.GraphQL.Execution.DataLoader;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Organisations;

namespace JointMeeting.Server.Meetings.Common;

/// <summary>Per-request lookups shared by the cycle's GraphQL types: a list of N rows costs one batch per level.</summary>
public static class CycleLoaders
{
    public static async Task<string?> OrganisationNameAsync(this ResolverContext ctx, string? id)
    {
        if (id is null) return null;
        var loader = ctx.DataLoader<string, string>("cycle.organisationName", async (ids, ct) =>
        {
            var directory = ctx.Service<IOrganisationDirectory>();
            var names = new Dictionary<string, string>();
            // The directory has no batch read; its rows are cached per request by this loader.
            foreach (var key in ids) names[key] = (await directory.FindAsync(key, ct))?.Name ?? key;
            return names;
        });
        return await loader.LoadAsync(id);
    }

    /// <summary>
    /// The id of an aggregate a mutation creates. With a clientMutationId it is derived from it (per account), so a
    /// retried create addresses the same stream and gets the first result back instead of an empty new one.
    /// </summary>
    public static string CreationId(Actor actor, string? clientMutationId)
    {
        if (string.IsNullOrWhiteSpace(clientMutationId)) return CycleWrite.NewId();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{actor.AccountId}:{clientMutationId}"));
        return Convert.ToHexStringLower(hash)[..16];
    }
}
