using System.Net;
using System.Text;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JointMeeting.Server.Tests.Accounts;

/// <summary>Sign-in over HTTP against real PostgreSQL: answers, lockout, rate limit, sessions, CSRF.</summary>
public sealed class AuthTests(AuthTests.Fixture fixture) : IClassFixture<AuthTests.Fixture>
{
    private const string Password = Fixture.Password;
    private readonly SettableClock _clock = fixture.Clock;
    private readonly AppHost _host = fixture.Host;
    private readonly string _districtId = fixture.DistrictId;

    /// <summary>One host for the class, with a clock the lockout test moves and a small rate limit.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public const string Password = "Secret!2026a";

        public SettableClock Clock { get; } = new(DateTimeOffset.UtcNow);

        public AppHost Host { get; private set; } = null!;

        public string DistrictId { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Host = await AppHost.StartAsync(demo: false,
                settings: new Dictionary<string, string?> { ["Accounts:Login:PermitLimit"] = "8", ["Accounts:Login:Window"] = "00:10:00" },
                services: s => s.AddSingleton<TimeProvider>(Clock));
            var orgs = Host.Services.GetRequiredService<OrganisationService>();
            DistrictId = (await orgs.CreateAsync(Actor.System, new CreateOrganisationInput(OrganisationKind.District, "测试区", null, null, null), default)).Id;
            await RegisterAsync("admin", Role.DistrictAdmin);
            foreach (var login in new[] { "locky", "flood", "twosessions" }) await RegisterAsync(login, null);
        }

        public async Task DisposeAsync() => await Host.DisposeAsync();

        private async Task RegisterAsync(string login, Role? role)
        {
            var accounts = Host.Services.GetRequiredService<AccountService>();
            var row = await accounts.RegisterAsync(Actor.System,
                new RegisterAccountInput(login, Password, "测试" + login, "13800001111", $"{login}@jointmeeting.test", null, DistrictId, null), default);
            if (role is { } r) await accounts.GrantRoleAsync(Actor.System, new RoleInput(row.Id, r, DistrictId, null, null), default);
        }
    }

    private static Task<GraphQLResponse> Login(GraphQLClient c, string user, string password) =>
        c.SendAsync("mutation($i: LoginInput!) { login(input: $i) { id username } }", new { i = new { username = user, password } });

    private static string? Reason(GraphQLResponse r) => r.Errors[0].GetProperty("extensions").GetProperty("reason").GetString();

    [Fact]
    public async Task Me_shows_roles_with_scope_names_and_is_null_when_signed_out()
    {
        using var anonymous = _host.NewClient();
        var none = await anonymous.DataAsync("{ me { id } }");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, none.GetProperty("me").ValueKind);

        using var admin = await _host.SignInAsync("admin", Password);
        var me = (await admin.DataAsync("{ me { id username displayName roles { role scopeId scopeName } } }")).GetProperty("me");
        Assert.Equal("admin", me.GetProperty("username").GetString());
        var role = me.GetProperty("roles")[0];
        Assert.Equal("DISTRICT_ADMIN", role.GetProperty("role").GetString());
        Assert.Equal(_districtId, role.GetProperty("scopeId").GetString());
        Assert.Equal("测试区", role.GetProperty("scopeName").GetString());

        await admin.DataAsync("mutation { logout }");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await admin.DataAsync("{ me { id } }")).GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_login_get_the_same_answer()
    {
        using var c = _host.NewClient();
        var wrong = await Login(c, "admin", "nope-nope-1");
        var unknown = await Login(c, "nobody-here", "nope-nope-1");
        Assert.Equal("UNAUTHENTICATED", wrong.Code);
        Assert.Equal("UNAUTHENTICATED", unknown.Code);
        Assert.Equal("WRONG_PASSWORD", Reason(wrong));
        Assert.Equal("WRONG_PASSWORD", Reason(unknown));
        Assert.Equal(wrong.Errors[0].GetProperty("message").GetString(), unknown.Errors[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Five_failures_lock_the_account_for_fifteen_minutes()
    {
        using var c = _host.NewClient();
        for (var i = 1; i <= 4; i++) Assert.Equal("WRONG_PASSWORD", Reason(await Login(c, "locky", "wrong-pass-" + i)));
        var fifth = await Login(c, "locky", "wrong-pass-5");
        Assert.Equal("LOCKED_OUT", Reason(fifth));
        var lockedUntil = DateTimeOffset.Parse(fifth.Errors[0].GetProperty("extensions").GetProperty("lockedUntil").GetString()!);
        Assert.InRange(lockedUntil - _clock.GetUtcNow(), TimeSpan.FromMinutes(14.9), TimeSpan.FromMinutes(15.1));

        // The right password does not get in while locked, and writes nothing.
        var events = await _host.EventCountAsync();
        Assert.Equal("LOCKED_OUT", Reason(await Login(c, "locky", Password)));
        Assert.Equal(events, await _host.EventCountAsync());

        _clock.Advance(TimeSpan.FromMinutes(16));
        var ok = await Login(c, "locky", Password);
        Assert.Empty(ok.Errors);
        Assert.Equal("locky", (await c.DataAsync("{ me { username } }")).GetProperty("me").GetProperty("username").GetString());
    }

    [Fact]
    public async Task Too_many_failed_attempts_from_one_address_for_one_login_are_rate_limited_but_sign_ins_are_not()
    {
        using var c = _host.NewClient();
        for (var i = 0; i < 12; i++) Assert.Empty((await Login(c, "flood", Password)).Errors); // successes use no permits
        var answers = new List<GraphQLResponse>();
        for (var i = 0; i < 9; i++) answers.Add(await Login(c, "nobody-flood", "bad-pass-" + i));
        Assert.All(answers.Take(8), a => Assert.Equal("WRONG_PASSWORD", Reason(a)));
        Assert.Equal("RATE_LIMITED", answers[8].Code);
        Assert.True(answers[8].Errors[0].GetProperty("extensions").GetProperty("retryAfterSeconds").GetInt32() > 0);
        // Another login name from the same address is its own partition.
        Assert.Empty((await Login(c, "flood", Password)).Errors);
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_but_keeps_this_one()
    {
        using var first = await _host.SignInAsync("twosessions", Password);
        using var second = await _host.SignInAsync("twosessions", Password);
        await first.DataAsync("mutation($i: ChangePasswordInput!) { changePassword(input: $i) { id } }",
            new { i = new { oldPassword = Password, newPassword = "Another!2026b" } });
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, (await first.DataAsync("{ me { id } }")).GetProperty("me").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await second.DataAsync("{ me { id } }")).GetProperty("me").ValueKind);
        var wrongOld = await first.SendAsync("mutation($i: ChangePasswordInput!) { changePassword(input: $i) { id } }",
            new { i = new { oldPassword = "not-it-123", newPassword = "Third!2026c" } });
        Assert.Equal("VALIDATION", wrongOld.Code);
    }

    [Fact]
    public async Task A_form_post_with_the_session_cookie_is_refused()
    {
        using var admin = await _host.SignInAsync("admin", Password);
        var events = await _host.EventCountAsync();
        using var form = new StringContent("query=mutation%20%7B%20logout%20%7D", Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await admin.Http.PostAsync("graphql", form);
        Assert.True(response.StatusCode is HttpStatusCode.UnsupportedMediaType or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        using var text = new StringContent("{\"query\":\"mutation { logout }\"}", Encoding.UTF8, "text/plain");
        using var plain = await admin.Http.PostAsync("graphql", text);
        Assert.True(plain.StatusCode is HttpStatusCode.UnsupportedMediaType or HttpStatusCode.BadRequest, plain.StatusCode.ToString());
        // Still signed in: the refused posts did nothing.
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, (await admin.DataAsync("{ me { id } }")).GetProperty("me").ValueKind);
        Assert.Equal(events, await _host.EventCountAsync());
    }
}
