using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using JointMeeting.Domain.Accounts;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.MicroWishes;
using JointMeeting.Domain.Organisations;
using JointMeeting.Domain.Reporting;
using JointMeeting.EventStore;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.MicroWishes;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace JointMeeting.Benchmarks;

/// <summary>
/// bench:claims — the real server in-process on Kestrel over a fresh database; members claim distinct published
/// wishes end-to-end over HTTP (one keep-alive connection per client, each member's own session cookie, GraphQL claimWish, load + decide + append + inline projection +
/// outbox) at 16 concurrent clients, alternating in rounds with pgbench running the SQL one claim runs (in the same
/// round trips) on the same cluster at 16 clients. Prints claims/s, p50/p99, pgbench's rate and, last, the ratio.
/// </summary>
public static class ClaimsBench
{
    private const int Clients = 16;
    private const int MembersPerClient = 120;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(4);
    private const int Rounds = 6;
    public const int ClaimsPerMember = 20; // the community's open-claim limit is raised to this (its maximum) for the run

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0]) : 18;
        var admin = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres") ?? throw new InvalidOperationException("ConnectionStrings__Postgres is not set");
        await using var database = await BenchmarkDatabase.CreateAsync(admin, "claims");
        var (host, baseUri) = await InProcessServer.StartAsync(database.ConnectionString);
        var world = new ClaimsWorld(host.Services);
        var members = Clients * MembersPerClient;
        var wishes = members * ClaimsPerMember;
        var setup = Stopwatch.StartNew();
        await world.BuildAsync(members, wishes, "hw");
        Console.WriteLine($"setup: {members} members, {wishes} published wishes through commands in {setup.Elapsed.TotalSeconds:F1} s");

        // One keep-alive connection per client, as pgbench has one per client; each member signs in over HTTP and the
        // client sends that member's session cookie with the member's claims, rotating through its members.
        var clients = Enumerable.Range(0, Clients).Select(_ => new HttpClient(new SocketsHttpHandler
        {
            UseCookies = false, MaxConnectionsPerServer = 1, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
        }) { BaseAddress = baseUri }).ToArray();
        var cookies = new string[members];
        var signIn = Stopwatch.StartNew();
        // Interleaved so that the sign-ins in flight at once go through different clients' connections.
        var order = Enumerable.Range(0, members).Select(k => k % Clients * MembersPerClient + k / Clients);
        await Parallel.ForEachAsync(order, new ParallelOptions { MaxDegreeOfParallelism = Clients }, async (i, ct) =>
        {
            var body = JsonSerializer.Serialize(new
            {
                query = "mutation($i: LoginInput!) { login(input: $i) { id } }",
                variables = new { i = new { username = ClaimsWorld.Login(i), password = ClaimsWorld.Password } },
            });
            using var response = await SendAsync(clients[i / MembersPerClient], Encoding.UTF8.GetBytes(body), null);
            var text = await response.Content.ReadAsStringAsync(ct);
            if (text.Contains("\"errors\"") || !response.Headers.TryGetValues("Set-Cookie", out var set))
                throw new InvalidOperationException($"login failed: {text}");
            cookies[i] = string.Join("; ", set.Select(c => c.Split(';', 2)[0]));
        });
        Console.WriteLine($"signed in: {members} sessions over HTTP in {signIn.Elapsed.TotalSeconds:F1} s");

        // Warm up for a few seconds (tiered JIT reaches its optimised code, pools fill, statements get prepared), then measure.
        var next = -1;
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var claimed = "\"CLAIMED\""u8.ToArray();
        async Task<bool> ClaimOnce(int client, int n, bool measure)
        {
            var member = client * MembersPerClient + n % MembersPerClient;
            var wishIndex = Interlocked.Increment(ref next);
            if (wishIndex >= wishes) return false;
            var clock = Stopwatch.StartNew();
            using var response = await SendAsync(clients[client], ClaimBody(ClaimsWorld.WishId("hw", wishIndex)), cookies[member]);
            var body = await response.Content.ReadAsByteArrayAsync();
            // Only claims that succeeded count towards the rate and the latencies; anything else is reported as a failure.
            if (!response.IsSuccessStatusCode || body.AsSpan().IndexOf(claimed) < 0)
            {
                if (Interlocked.Increment(ref failures) <= 3) Console.WriteLine($"claim failed: {(int)response.StatusCode} {Encoding.UTF8.GetString(body)}");
            }
            else if (measure) latencies.Add(clock.Elapsed.TotalMilliseconds);
            return true;
        }
        var warm = Stopwatch.StartNew();
        var warmed = new int[Clients];
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            while (warm.Elapsed < WarmUp && await ClaimOnce(c, warmed[c], false)) warmed[c]++;
        })));
        Console.WriteLine($"warm-up: {warmed.Sum()} claims in {warm.Elapsed.TotalSeconds:F1} s");

        // pgbench's wishes: fresh published ones cloned from a command-made template, ready before the first round.
        await world.BuildAsync(0, 1, "pt");
        await ClaimsPgbench.ClonePoolAsync(database.ConnectionString, ClaimsWorld.WishId("pt", 0), "pw", Math.Max(30_000, 4_000 * seconds));
        var script = ClaimsPgbench.WriteScript(members);
        Console.WriteLine($"projections caught up with the set-up events in {(await ClaimsPgbench.WaitForProjectionsAsync(host.Services)).TotalSeconds:F1} s");

        // Alternating rounds, ours then pgbench, so a slow moment of this shared machine hits both sides alike.
        var roundSeconds = Math.Max(2, seconds / Rounds);
        var positions = (int[])warmed.Clone();
        double oursSeconds = 0, pgTransactions = 0;
        for (var round = 1; round <= Rounds; round++)
        {
            // Each side starts on a quiet server: the daemon has applied the other side's events (pgbench's claims append too).
            await ClaimsPgbench.WaitForProjectionsAsync(host.Services);
            var run = Stopwatch.StartNew();
            var before = latencies.Count;
            var jitBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
            await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
            {
                while (run.Elapsed.TotalSeconds < roundSeconds && await ClaimOnce(c, positions[c], true)) positions[c]++;
            })));
            var ours = run.Elapsed.TotalSeconds;
            var jitted = System.Runtime.JitInfo.GetCompiledMethodCount() - jitBefore; // tiered JIT still promoting methods adds noise
            oursSeconds += ours;
            await ClaimsPgbench.WaitForProjectionsAsync(host.Services);
            var tps = await Pgbench.RunAsync(database.ConnectionString, script, Clients, roundSeconds);
            pgTransactions += tps * roundSeconds;
            Console.WriteLine($"round {round}: ours {(latencies.Count - before) / ours:F0} claims/s (JIT compiled {jitted} methods meanwhile), pgbench {tps:F0} tps");
        }
        var sorted = latencies.OrderBy(x => x).ToArray();
        var rate = sorted.Length / oursSeconds;
        var pgRate = pgTransactions / (roundSeconds * Rounds);
        Console.WriteLine($"claims over HTTP: {sorted.Length} in {oursSeconds:F1} s at {Clients} clients = {rate:F0} claims/s, " +
            $"p50 {Percentile(sorted, 0.50):F1} ms, p99 {Percentile(sorted, 0.99):F1} ms, failures {failures}");
        Console.WriteLine($"pgbench (the SQL of one claim in the server's round trips: session actor + claim facts + report + contact + stream read; " +
            $"BEGIN + append; wish_cards update + mail outbox insert + COMMIT) at {Clients} clients: {pgRate:F0} tps");
        foreach (var c in clients) c.Dispose();
        await host.StopAsync();
        Console.WriteLine($"ratio: {rate / pgRate:F2}");
        return 0;
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    // The request a browser sends for a claim: the mutation with its variables, built once per claim as bytes.
    private static byte[] ClaimBody(string wishId) => Encoding.UTF8.GetBytes(
        "{\"query\":\"mutation($i: ClaimWishInput!) { claimWish(input: $i) { id version status } }\",\"variables\":{\"i\":{\"wishId\":\"" + wishId + "\"}}}");

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, byte[] body, string? cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (cookie is not null) request.Headers.TryAddWithoutValidation("Cookie", cookie);
        return http.SendAsync(request);
    }
}

/// <summary>Starts the server's own entry point on a free port and captures its host (as WebApplicationFactory does).</summary>
public static class InProcessServer
{
    public static async Task<(IHost Host, Uri BaseUri)> StartAsync(string connectionString)
    {
        var port = FreePort();
        Environment.SetEnvironmentVariable("ConnectionStrings__Postgres", connectionString);
        Environment.SetEnvironmentVariable("PORT", port.ToString());
        Environment.SetEnvironmentVariable("Seeds__Demo", "false");
        Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning");
        Environment.SetEnvironmentVariable("Logging__LogLevel__Microsoft.Hosting.Lifetime", "Warning");
        var built = new TaskCompletionSource<IHost>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
        {
            if (listener.Name == "Microsoft.Extensions.Hosting")
                listener.Subscribe(new Observer<KeyValuePair<string, object?>>(e => { if (e.Key == "HostBuilt" && e.Value is IHost h) built.TrySetResult(h); }));
        }));
        var entry = typeof(WishService).Assembly.EntryPoint!; // the server's Program (this project has its own)
        new Thread(() => entry.Invoke(null, [Array.Empty<string>()])) { IsBackground = true, Name = "server" }.Start();
        var host = await built.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var baseUri = new Uri($"http://127.0.0.1:{port}/");
        using var probe = new HttpClient { BaseAddress = baseUri };
        for (var deadline = DateTime.UtcNow.AddSeconds(60); ; await Task.Delay(100))
        {
            try { if ((await probe.GetAsync("health")).IsSuccessStatusCode) break; } catch (HttpRequestException) { }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the server did not become healthy");
        }
        return (host, baseUri);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnCompleted() { }
        public void OnError(Exception error) { }
        public void OnNext(T value) => next(value);
    }
}

/// <summary>The benchmark's data through the real commands: one community, its secretary, members "bm{n}" with approved reports, published wishes.</summary>
public sealed class ClaimsWorld(IServiceProvider services)
{
    public const string Password = "Bench-Password!2026";
    private static readonly Lazy<string> Hash = new(() => new Passwords().Hash(Password));
    private CommandExecutor Executor => services.GetRequiredService<CommandExecutor>();
    private OrgPath? _community;
    private string _unit = "";
    private Actor _secretary = Actor.System;
    private int _members;

    public static string Login(int n) => $"bm{n}";
    public static string WishId(string prefix, int n) => $"{prefix}-{n}";

    public async Task BuildAsync(int members, int wishes, string wishPrefix)
    {
        var now = DateTimeOffset.UtcNow.AddDays(-1);
        if (_community is null)
        {
            await Org("bench-district", OrganisationKind.District, "基准区", null, now);
            await Org("bench-street", OrganisationKind.Street, "基准街道", (new OrgPath("bench-district"), OrganisationKind.District), now);
            _community = new OrgPath("bench-district", "bench-street", "bench-community");
            await Org("bench-community", OrganisationKind.Community, "基准社区", (new OrgPath("bench-district", "bench-street"), OrganisationKind.Street), now);
            _unit = "bench-unit";
            await Org(_unit, OrganisationKind.ResidentUnit, "基准单位", (_community, OrganisationKind.Community), now,
                new UnitDetails(UnitKind.Hospital, "基准单位党支部", new UnitContactPerson("联络人", "13800000000")));
            _secretary = await Account("bench-sec", "基准书记", now, Role.CommunitySecretary);
            await Executor.ExecuteAsync(WishAggregates.Settings, "bench-community",
                new SetWishSettings(_secretary, now, _community, WishRules.DefaultFulfilWithinDays, ClaimsBench.ClaimsPerMember));
        }
        var from = _members;
        _members += members;
        await Parallel.ForEachAsync(Enumerable.Range(from, members), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (n, ct) =>
        {
            var member = await Account(Login(n), $"党员{n}", now, Role.Member);
            var profile = new ServiceProfile([Skill.Repair], ["维修"], []);
            await Executor.ExecuteAsync(ReportingAggregates.Members, member.PersonId, new RequestMemberReport(_secretary, now, member.PersonId, $"r-{n}",
                "bench-community", OrganisationKind.Community, _community!, _unit, Residence.Unknown, profile), ct: ct);
            await Executor.ExecuteAsync(ReportingAggregates.Members, member.PersonId, new ApproveMemberReport(_secretary, now, member.PersonId, $"r-{n}"), ct: ct);
        });
        await Parallel.ForEachAsync(Enumerable.Range(0, wishes), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (n, ct) =>
        {
            var id = WishId(wishPrefix, n);
            await Executor.ExecuteAsync(WishAggregates.Wishes, id, new SubmitWish(_secretary, now, id, _community!, false, WishCategory.Repair,
                $"修理门锁{n}", "独居老人家门锁坏了，希望有人帮忙修理。", 80m, new ResidentContact("何炳坤", "13900301002", "1栋201"), null, null), ct: ct);
            await Executor.ExecuteAsync(WishAggregates.Wishes, id, new ReviewWish(_secretary, now, id, true), ct: ct);
        });
    }

    private Task Org(string id, OrganisationKind kind, string name, (OrgPath Path, OrganisationKind Kind)? parent, DateTimeOffset now, UnitDetails? unit = null) =>
        Executor.ExecuteAsync(OrganisationAggregates.Organisations, id,
            new CreateOrganisation(Actor.System, now, id, kind, name, parent?.Path.OwnerId, parent?.Kind, parent?.Path, unit));

    private async Task<Actor> Account(string login, string name, DateTimeOffset now, Role role)
    {
        var (accountId, personId) = ($"acct-{login}", $"person-{login}");
        await Executor.ExecuteAsync(AccountAggregates.Accounts, accountId, new RegisterAccount(Actor.System, now, accountId, personId, login,
            new PersonProfile(name, "13800001234", $"{login}@bench.test"), Hash.Value, "bench-community", _community!));
        await Executor.ExecuteAsync(AccountAggregates.Accounts, accountId, new GrantRole(Actor.System, now, accountId, role, "bench-community", OrganisationKind.Community, _community!));
        return new Actor(accountId, personId, [new RoleGrant(role, "bench-community")]);
    }
}

/// <summary>The pgbench side: fresh published wishes cloned from a command-made one, and the script of one claim's SQL.</summary>
public static class ClaimsPgbench
{
    public static async Task ClonePoolAsync(string connectionString, string templateId, string prefix, int count)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        string[] statements =
        [
            "CREATE SEQUENCE IF NOT EXISTS claims_bench_seq MINVALUE 0 START 0",
            $"INSERT INTO events.streams (id, version) SELECT 'wish-{prefix}-' || n, 2 FROM generate_series(0, $2 - 1) n WHERE $1::text IS NOT NULL",
            $"""
            INSERT INTO events.events (stream_id, version, type, data, actor, recorded_at)
                SELECT 'wish-{prefix}-' || n, e.version, e.type, jsonb_set(e.data, ARRAY['wishId'], to_jsonb('{prefix}-' || n)), e.actor, e.recorded_at
                FROM events.events e, generate_series(0, $2 - 1) n WHERE e.stream_id = 'wish-' || $1 ORDER BY n, e.version
            """,
            $"""
            INSERT INTO wish_cards SELECT (jsonb_populate_record(w, jsonb_build_object('id', '{prefix}-' || n))).*
                FROM wish_cards w, generate_series(0, $2 - 1) n WHERE w.id = $1
            """,
            "ANALYZE",
        ];
        foreach (var sql in statements)
        {
            await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 600 };
            if (sql.Contains("$1"))
            {
                cmd.Parameters.Add(new() { Value = templateId });
                cmd.Parameters.Add(new() { Value = count });
            }
            await cmd.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Waits until every async projection has applied every event, so no round starts with a backlog of set-up work.</summary>
    public static async Task<TimeSpan> WaitForProjectionsAsync(IServiceProvider services)
    {
        var daemon = services.GetRequiredService<ProjectionDaemon>();
        var clock = Stopwatch.StartNew();
        for (var deadline = DateTime.UtcNow.AddMinutes(5); ; await Task.Delay(200))
        {
            var status = await daemon.GetStatusAsync();
            if (status.Projections.All(p => p.Lag == 0)) break;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the projection daemon did not catch up with the set-up events");
        }
        await Task.Delay(TimeSpan.FromMilliseconds(300)); // the live relay reads the same events; let it finish its last batch
        return clock.Elapsed;
    }

    /// <summary>
    /// The statements a claim request runs, in order, with the wish from a sequence (each transaction a fresh
    /// published wish) and the member at random: the session's account (actor), the claim facts (card, open
    /// claims, settings), the member's approved report, the member's contact, the stream read, then the append
    /// transaction: the store's append statement (exact expected version), the inline wish_cards update and the
    /// claim mail's outbox row.
    /// </summary>
    public static string WriteScript(int members)
    {
        const string actor = """
            SELECT a.id, a.person_id, a.password_hash,
                   COALESCE((SELECT array_agg(g.role || ':' || g.scope_id ORDER BY g.granted_at, g.role, g.scope_id)
                             FROM account_grants g WHERE g.account_id = a.id), '{}')
            FROM account_accounts a
            """;
        var facts = System.Text.RegularExpressions.Regex.Replace(WishCardStore.ClaimFactsSql, @"\$(\d+)", m => m.Groups[1].Value == "1" ? "('pw-' || :n)" : "('person-bm' || :m)");
        var append = System.Text.RegularExpressions.Regex.Replace(new AppendSql("events").Exact, @"\$(\d+)", m => m.Groups[1].Value switch
        {
            "1" => "('wish-pw-' || :n)",
            "2" => "NULL::text",
            "3" => "NULL::jsonb",
            "4" => "'{wish.claimed}'::text[]",
            "5" => "ARRAY[jsonb_build_object('wishId', 'pw-' || :n, 'memberId', 'person-bm' || :m, 'claimedAt', now(), 'dueAt', now() + interval '7 days')]",
            "6" => "('person-bm' || :m)",
            "7" or "8" => "NULL::text",
            "9" => "NULL::timestamptz",
            _ => "2",
        });
        // The card's claimant is a per-transaction id, not the member read above: pgbench's rounds alternate with the HTTP
        // clients', and its claims must not count against those members' open-claim limit.
        // Round trips as the server makes them: one pipeline of the actor and the claim's reads (the server's ReadBatch);
        // BEGIN with the append (Npgsql sends BEGIN with the first statement); the queued writes (wish card, claim mail)
        // with the COMMIT in one pipeline.
        string[] statements =
        [
            "SELECT nextval('claims_bench_seq') AS n \\gset",
            $"\\set m random(0, {members - 1})",
            "\\startpipeline",
            actor + " WHERE a.id = 'acct-bm' || :m;",
            facts + ";",
            "SELECT person_id, report_id, district_id, street_id, community_id, unit_id, grid_id, building_id, profile::text, approved_at FROM reporting_members WHERE person_id = 'person-bm' || :m;",
            "SELECT person_id, id, display_name, email FROM account_accounts WHERE person_id = 'person-bm' || :m;",
            "SELECT seq, stream_id, version, type, data::text, actor, correlation_id, causation_id, command_id, recorded_at, tx_id FROM events.events WHERE stream_id = 'wish-pw-' || :n AND version >= 1 ORDER BY version;",
            "\\endpipeline",
            "\\startpipeline",
            "BEGIN;",
            append + ";",
            "\\endpipeline",
            "\\startpipeline",
            "UPDATE wish_cards SET status = 'Claimed', claimant_id = 'person-pg' || :n, claimed_at = now(), due_at = now() + interval '7 days', reminded = false, version = 3, updated_at = now() WHERE id = 'pw-' || :n;",
            "INSERT INTO mail_outbox (to_addresses, cc_addresses, subject, text_body, html_body, attachments, dedupe_key) VALUES (ARRAY['bm' || :m || '@bench.test'], '{}', '【微心愿】认领成功：修理门锁', '您已成功认领微心愿「修理门锁」。请在期限前完成并上传完成情况。', '<p>您已成功认领微心愿「修理门锁」。</p>', '[]', 'wish-pw-' || :n || chr(58) || '3' || chr(58) || 'person-bm' || :m) ON CONFLICT (dedupe_key) DO NOTHING;",
            "COMMIT;",
            "\\endpipeline",
        ];
        var path = Path.Combine(Directory.CreateTempSubdirectory("jm-bench-claims-").FullName, "claim.sql");
        // (No ':' inside literals: pgbench reads ':word' anywhere as a variable, hence chr(58) in the dedupe key.)
        // Typed variables: in prepared mode pgbench sends them as parameters, and PostgreSQL must know their types.
        string Typed(string sql) => sql.StartsWith('\\') || sql.Contains("\\gset") ? sql : sql.Replace(":n", "(:n)::bigint").Replace(":m", "(:m)::int");
        File.WriteAllText(path, string.Join("\n", statements.Select(s => Typed(s.ReplaceLineEndings(" ")))) + "\n");
        return path;
    }
}
