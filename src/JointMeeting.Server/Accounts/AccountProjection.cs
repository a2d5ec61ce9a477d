using JointMeeting.Domain.Accounts;
using JointMeeting.EventStore;
using JointMeeting.Server.Organisations;

namespace JointMeeting.Server.Accounts;

/// <summary>account_accounts and account_grants, in the append's transaction (login reads them right after).</summary>
public sealed class AccountProjection : IInlineProjection
{
    public async Task ApplyAsync(IReadOnlyList<RecordedEvent> events, ProjectionContext ctx, CancellationToken ct)
    {
        foreach (var e in events)
        {
            if (e.Data is not IAccountEvent evt) continue;
            var cmd = evt switch
            {
                AccountRegistered r => ctx.CreateCommand("""
                    INSERT INTO account_accounts (id, person_id, login_name, display_name, phone, email, address,
                        home_organisation_id, password_hash, version, created_at)
                    VALUES (@id, @person, @login, @name, @phone, @email, @address, @home, @hash, @version, @at)
                    """).With("person", r.PersonId).With("login", r.LoginName).With("name", r.Profile.DisplayName)
                    .With("phone", r.Profile.Phone).With("email", r.Profile.Email).With("address", r.Profile.Address)
                    .With("home", r.HomeOrganisationId).With("hash", r.PasswordHash).With("at", r.At),
                ProfileUpdated p => Update(ctx, "display_name = @name, phone = @phone, email = @email, address = @address")
                    .With("name", p.Profile.DisplayName).With("phone", p.Profile.Phone).With("email", p.Profile.Email)
                    .With("address", p.Profile.Address),
                PasswordChanged p => Update(ctx, "password_hash = @hash, must_change_password = false").With("hash", p.PasswordHash),
                PasswordReset p => Update(ctx,
                    "password_hash = @hash, must_change_password = true, consecutive_failures = 0, locked_until = NULL").With("hash", p.PasswordHash),
                RoleGranted g => ctx.CreateCommand("""
                    INSERT INTO account_grants (account_id, role, scope_id, granted_at) VALUES (@id, @role, @scope, @at) ON CONFLICT DO NOTHING;
                    UPDATE account_accounts SET version = @version WHERE id = @id
                    """).With("role", g.Role.ToString()).With("scope", g.ScopeId).With("at", g.At),
                RoleRevoked g => ctx.CreateCommand("""
                    DELETE FROM account_grants WHERE account_id = @id AND role = @role AND scope_id = @scope;
                    UPDATE account_accounts SET version = @version WHERE id = @id
                    """).With("role", g.Role.ToString()).With("scope", g.ScopeId),
                LoginFailed f => Update(ctx, "consecutive_failures = @n").With("n", f.ConsecutiveFailures),
                AccountLocked l => Update(ctx, "locked_until = @until, consecutive_failures = 0").With("until", l.LockedUntil),
                LoginFailuresCleared or AccountUnlocked => Update(ctx, "consecutive_failures = 0, locked_until = NULL"),
                _ => null,
            };
            if (cmd is null) continue;
            await using (cmd)
            {
                cmd.With("id", evt.AccountId).With("version", e.Version);
                await cmd.ExecuteNonQueryAsync(ct);
            }
        }
    }

    public async Task ResetAsync(ProjectionContext ctx, CancellationToken ct) =>
        await ctx.CreateCommand("TRUNCATE account_accounts, account_grants").ExecuteNonQueryAsync(ct);

    private static Npgsql.NpgsqlCommand Update(ProjectionContext ctx, string set) =>
        ctx.CreateCommand($"UPDATE account_accounts SET {set}, version = @version WHERE id = @id");
}
