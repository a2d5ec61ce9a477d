using JointMeeting.Domain.Common;
using JointMeeting.Server.Platform.Seeds;

namespace JointMeeting.Server.Accounts;

/// <summary>accounts.json → RegisterAccount with the demo password, then GrantRole per role, all at the record's time.</summary>
public sealed class AccountSeedSteps(AccountService accounts) : ISeedSteps
{
    public IReadOnlyCollection<string> Handles { get; } = ["RegisterAccount"];

    private sealed record SeedRole(Role Role, string Scope);

    public async Task RunAsync(SeedStep step, SeedContext context, CancellationToken ct)
    {
        var actor = await context.ActorAsync(step.By, ct);
        var id = context.Id(step.RecordKey);
        var input = new RegisterAccountInput(step.Required("login"), "", step.Required("displayName"), step.Str("phone"), step.Str("email"),
            step.Str("address"), context.Id(step.Required("home")), null);
        await accounts.RegisterAsync(actor, input, ct, id, context.PersonId(step.RecordKey), context.DemoPasswordHash, step.At);
        foreach (var role in step.As<List<SeedRole>>("roles") ?? [])
            await accounts.GrantRoleAsync(actor, new RoleInput(id, role.Role, context.Id(role.Scope), null, null), ct, step.At);
    }
}
