using JointMeeting.Domain.Common;
using JointMeeting.GraphQL.Execution.DataLoader;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Platform.Auth;

namespace JointMeeting.Server.MicroWishes;

/// <summary>Resolver shortcuts of the wish, post and points features: the actor, and per-level loaders for people and organisations.</summary>
public static class WishGraph
{
    public static Task<Actor> ActorAsync(ResolverContext ctx) => ctx.Service<CurrentActor>().RequireAsync(ctx.User, ctx.CancellationToken);

    /// <summary>A person's name for display, batched over a list.</summary>
    public static Task<PersonContact?> PersonAsync(ResolverContext ctx, string? personId)
    {
        if (personId is null || personId == "system") return Task.FromResult<PersonContact?>(null);
        var people = ctx.Service<IPeopleDirectory>();
        return ctx.DataLoader<string, PersonContact>("service.people", (ids, ct) => people.FindManyAsync(ids, ct)).LoadAsync(personId);
    }

    /// <summary>A person as <c>PersonRef</c>: the id, and the display name looked up with the others of the list.</summary>
    public static async Task<PersonRef> PersonRefAsync(ResolverContext ctx, string personId) =>
        new(personId, (await PersonAsync(ctx, personId))?.DisplayName);

    /// <summary>An organisation (grid, building, community) by id; distinct ids of a level are looked up together.</summary>
    public static Task<OrganisationInfo?> OrganisationAsync(ResolverContext ctx, string? id)
    {
        if (id is null) return Task.FromResult<OrganisationInfo?>(null);
        var directory = ctx.Service<IOrganisationDirectory>();
        return ctx.DataLoader<string, OrganisationInfo>("service.organisations", async (ids, ct) =>
        {
            var found = await Task.WhenAll(ids.Select(i => directory.FindAsync(i, ct)));
            return found.OfType<OrganisationInfo>().ToDictionary(o => o.Id);
        }).LoadAsync(id);
    }
}

/// <summary>A person as shown next to their actions (name only; contact details stay in Accounts).</summary>
public sealed record PersonRef(string Id, string? DisplayName);
