using JointMeeting.Domain.Common;
using JointMeeting.GraphQL.Execution.DataLoader;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Platform.Auth;

namespace JointMeeting.Server.Organisations;

/// <summary>Shortcuts the resolvers of issue 4's features share.</summary>
internal static class ResolverExtensions
{
    public static Task<Actor> ActorAsync(this ResolverContext ctx) =>
        ctx.Service<CurrentActor>().RequireAsync(ctx.User, ctx.CancellationToken);

    public static Task<Actor?> OptionalActorAsync(this ResolverContext ctx) =>
        ctx.Service<CurrentActor>().FindAsync(ctx.User, ctx.CancellationToken);

    /// <summary>Organisations by id, one query per level of a list.</summary>
    public static Task<OrganisationRow?> OrganisationAsync(this ResolverContext ctx, string? id)
    {
        if (id is null) return Task.FromResult<OrganisationRow?>(null);
        var model = ctx.Service<OrganisationReadModel>();
        return ctx.DataLoader<string, OrganisationRow>("organisationById",
            async (ids, ct) => await model.ByIdsAsync(ids.ToList(), ct)).LoadAsync(id);
    }
}
