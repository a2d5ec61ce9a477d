using Npgsql;

namespace JointMeeting.Server.Accounts;

/// <summary>
/// Who hears about a community's micro-wishes (released, expired, fulfilled): the accounts holding a
/// CommunitySecretary or StreetSecretary grant on that organisation. Kept beside the Accounts read model
/// (it reads account_accounts and account_grants); written for micro-wishes, usable by any feature.
/// </summary>
public sealed class SecretaryDirectory(NpgsqlDataSource db)
{
    public async Task<IReadOnlyList<PersonContact>> OfAsync(string organisationId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            SELECT DISTINCT a.person_id, a.id, a.display_name, a.email, a.login_name
            FROM account_grants g JOIN account_accounts a ON a.id = g.account_id
            WHERE g.scope_id = $1 AND g.role IN ('CommunitySecretary', 'StreetSecretary')
            ORDER BY a.login_name
            """);
        cmd.Parameters.Add(new() { Value = organisationId });
        var list = new List<PersonContact>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add(new PersonContact(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3)));
        return list;
    }
}
