using System.Security.Cryptography;
using System.Text;
using JointMeeting.Domain.Accounts;
using JointMeeting.Domain.Common;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Platform.Database;
using Npgsql;

namespace JointMeeting.Server.Accounts;

/// <summary>A row of account_accounts with its grants.</summary>
public sealed record AccountRow(
    string Id, string PersonId, string LoginName, PersonProfile Profile, string HomeOrganisationId, string PasswordHash,
    int ConsecutiveFailures, DateTimeOffset? LockedUntil, bool MustChangePassword, long Version, DateTimeOffset CreatedAt,
    IReadOnlyList<RoleGrant> Grants)
{
    /// <summary>Changes whenever the password does, so a password change or reset ends every other session.</summary>
    public string SecurityStamp => StampOf(PasswordHash);

    public Actor ToActor() => new(Id, PersonId, Grants);

    public static string StampOf(string passwordHash) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(passwordHash)))[..16];
}

/// <summary>Queries over accounts; also the <see cref="IPeopleDirectory"/> other features use.</summary>
public sealed class AccountReadModel(NpgsqlDataSource db) : IPeopleDirectory
{
    private const string Select = """
        SELECT a.id, a.person_id, a.login_name, a.display_name, a.phone, a.email, a.address, a.home_organisation_id,
               a.password_hash, a.consecutive_failures, a.locked_until, a.must_change_password, a.version, a.created_at,
               COALESCE((SELECT array_agg(g.role || ':' || g.scope_id ORDER BY g.granted_at, g.role, g.scope_id)
                         FROM account_grants g WHERE g.account_id = a.id), '{}')
        FROM account_accounts a
        """;

    public Task<AccountRow?> FindAsync(string accountId, CancellationToken ct) => OneAsync("WHERE a.id = @v", accountId, ct);

    /// <summary>
    /// The account as a request's actor (id, person, grants), or null when it is gone or <paramref name="sessionStamp"/> is
    /// not its current stamp. Reads only what that needs: this runs on every signed-in request.
    /// </summary>
    // Until a password an administrator reset is replaced, the person acts with no role: they may change it, read
    // themselves and sign out, nothing else — the administrator who knows that password cannot act as them.
    public BatchRead<Actor?> ActorRead(string accountId, string? sessionStamp) => new(
        ReadBatch.Statement("""
            SELECT a.id, a.person_id, a.password_hash, a.must_change_password,
                   COALESCE((SELECT array_agg(g.role || ':' || g.scope_id ORDER BY g.granted_at, g.role, g.scope_id)
                             FROM account_grants g WHERE g.account_id = a.id), '{}')
            FROM account_accounts a WHERE a.id = $1
            """, accountId),
        (r, ct) => ReadBatch.FirstOrDefaultAsync(r, row => AccountRow.StampOf(row.GetString(2)) == sessionStamp
            ? new Actor(row.GetString(0), row.GetString(1), row.GetBoolean(3) ? [] : Grants(row.GetFieldValue<string[]>(4)))
            : null, ct));

    public Task<AccountRow?> FindByLoginAsync(string loginName, CancellationToken ct) =>
        OneAsync("WHERE a.login_name = @v", AccountRules.NormaliseLoginName(loginName), ct);

    public Task<AccountRow?> FindByPersonAsync(string personId, CancellationToken ct) => OneAsync("WHERE a.person_id = @v", personId, ct);

    public async Task<IReadOnlyList<AccountRow>> ByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(Select + " WHERE a.id = ANY(@ids)");
        cmd.With("ids", ids.ToArray());
        return await cmd.ListAsync(Map, ct);
    }

    public async Task<IReadOnlyList<AccountRow>> ByPersonIdsAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(Select + " WHERE a.person_id = ANY(@ids)");
        cmd.With("ids", ids.ToArray());
        return await cmd.ListAsync(Map, ct);
    }

    /// <summary>Accounts whose home organisation lies in the given organisation's subtree (path match), by login name.</summary>
    public async Task<IReadOnlyList<AccountRow>> UnderAsync(OrganisationRow org, string? search, int first, int offset, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(Select + UnderWhere(org) + " ORDER BY a.login_name LIMIT @first OFFSET @offset");
        cmd.With("org", org.Id).With("q", SearchTerm(search))
            .With("first", Math.Clamp(first, 1, 500)).With("offset", Math.Max(0, offset));
        return await cmd.ListAsync(Map, ct);
    }

    /// <summary>How many accounts <see cref="UnderAsync"/> pages through (for a pager's page count).</summary>
    public async Task<int> CountUnderAsync(OrganisationRow org, string? search, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT count(*)::int FROM account_accounts a" + UnderWhere(org));
        cmd.With("org", org.Id).With("q", SearchTerm(search));
        return (int)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private static string UnderWhere(OrganisationRow org)
    {
        var column = org.Kind switch
        {
            Domain.Organisations.OrganisationKind.District => "o.district_id",
            Domain.Organisations.OrganisationKind.Street => "o.street_id",
            Domain.Organisations.OrganisationKind.Community => "o.community_id",
            _ => "o.id",
        };
        return $"""

             JOIN org_organisations o ON o.id = a.home_organisation_id
             WHERE {column} = @org AND (@q::text IS NULL OR a.login_name ILIKE '%' || @q || '%' OR a.display_name ILIKE '%' || @q || '%')
            """;
    }

    private static string? SearchTerm(string? search) => string.IsNullOrWhiteSpace(search) ? null : search.Trim();

    public async Task<bool> LoginExistsAsync(string loginName, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT EXISTS (SELECT 1 FROM account_accounts WHERE login_name = @v)");
        cmd.With("v", AccountRules.NormaliseLoginName(loginName));
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Phones already used by accounts (member imports refuse a second account for one person).</summary>
    public async Task<HashSet<string>> PhonesAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT phone FROM account_accounts WHERE phone IS NOT NULL");
        return (await cmd.ListAsync(r => r.GetString(0), ct)).ToHashSet();
    }

    /// <summary>
    /// Accounts a member import registered but did not finish (it stopped between the account and the Member role):
    /// signed in by phone, never activated, no role. By phone; a new import of that phone finishes them.
    /// </summary>
    public async Task<Dictionary<string, UnfinishedMember>> UnfinishedImportsAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            SELECT a.phone, a.id, a.person_id, a.home_organisation_id FROM account_accounts a
            WHERE a.phone IS NOT NULL AND a.login_name = a.phone AND a.password_hash = $1
              AND NOT EXISTS (SELECT 1 FROM account_grants g WHERE g.account_id = a.id)
            """);
        cmd.Parameters.Add(new() { Value = Passwords.NotSet });
        return (await cmd.ListAsync(r => (Phone: r.GetString(0), Member: new UnfinishedMember(r.GetString(1), r.GetString(2), r.GetString(3))), ct))
            .ToDictionary(x => x.Phone, x => x.Member);
    }

    Task<PersonContact?> IPeopleDirectory.FindAsync(string personId, CancellationToken ct) => FindRead(personId).RunAsync(db, ct);

    // Only the four columns a contact needs: no password hash, no grants.
    public BatchRead<PersonContact?> FindRead(string personId) => new(
        ReadBatch.Statement("SELECT person_id, id, display_name, email FROM account_accounts WHERE person_id = $1", personId),
        (r, ct) => ReadBatch.FirstOrDefaultAsync(r, row => new PersonContact(row.GetString(0), row.GetString(1), row.GetString(2), row.NullableString(3)), ct));

    public async Task<IReadOnlyDictionary<string, PersonContact>> FindManyAsync(IEnumerable<string> personIds, CancellationToken ct) =>
        (await ByPersonIdsAsync(personIds.Distinct().ToList(), ct)).ToDictionary(a => a.PersonId, Contact);

    public async Task<IReadOnlyList<PersonContact>> ContactsOfUnitAsync(string unitId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(Select + " WHERE a.id IN (SELECT account_id FROM account_grants WHERE scope_id = @u AND role = 'UnitContact') ORDER BY a.login_name");
        cmd.With("u", unitId);
        return (await cmd.ListAsync(Map, ct)).Select(Contact).ToList();
    }

    private static PersonContact Contact(AccountRow a) => new(a.PersonId, a.Id, a.Profile.DisplayName, a.Profile.Email);

    private async Task<AccountRow?> OneAsync(string where, string value, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(Select + " " + where);
        cmd.With("v", value);
        return (await cmd.ListAsync(Map, ct)).FirstOrDefault();
    }

    private static List<RoleGrant> Grants(string[] encoded) => encoded.Select(s =>
    {
        var i = s.IndexOf(':');
        return new RoleGrant(Enum.Parse<Role>(s[..i]), s[(i + 1)..]);
    }).ToList();

    private static AccountRow Map(NpgsqlDataReader r)
    {
        var grants = Grants(r.GetFieldValue<string[]>(14));
        return new AccountRow(r.GetString(0), r.GetString(1), r.GetString(2),
            new PersonProfile(r.GetString(3), r.NullableString(4), r.NullableString(5), r.NullableString(6)),
            r.GetString(7), r.GetString(8), r.GetInt32(9), r.NullableTime(10), r.GetBoolean(11), r.GetInt64(12), r.Time(13), grants);
    }
}

/// <summary>An account a member import left without its report or role (see <see cref="AccountReadModel.UnfinishedImportsAsync"/>).</summary>
public sealed record UnfinishedMember(string AccountId, string PersonId, string HomeOrganisationId);
