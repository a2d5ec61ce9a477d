using JointMeeting.Server.Tests.Support;

namespace JointMeeting.Server.Tests.Organisations;

/// <summary>A host with the demo's organisations, accounts, 双报到 and committees (the part issue 4 owns), shared by a class.</summary>
public sealed class DemoHostFixture : IAsyncLifetime
{
    public AppHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await AppHost.StartAsync(demo: true,
        settings: new Dictionary<string, string?> { ["Seeds:Features"] = "Organisations,Accounts,Reporting,Committees" });

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>The id of the organisation named <paramref name="name"/> in the demo.</summary>
    public Task<string> OrgAsync(string name) => Host.ScalarAsync<string>("SELECT id FROM org_organisations WHERE name = $1", name);

    public Task<string> PersonAsync(string login) => Host.ScalarAsync<string>("SELECT person_id FROM account_accounts WHERE login_name = $1", login);

    public Task<string> AccountAsync(string login) => Host.ScalarAsync<string>("SELECT id FROM account_accounts WHERE login_name = $1", login);
}
