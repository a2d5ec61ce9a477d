using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

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
        var latencies = new List<double>();
        var current = new ConcurrentBag<double>(); // this round's
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
            else if (measure) current.Add(clock.Elapsed.TotalMilliseconds);
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
        CpuTime oursCpu = default, pgbenchCpu = default;
        long allocated = 0; // by this process (server and HTTP clients) during our rounds
        for (var round = 1; round <= Rounds; round++)
        {
            // Each side starts on a quiet server: the daemon has applied the other side's events (pgbench's claims append too).
            await ClaimsPgbench.WaitForProjectionsAsync(host.Services);
            var run = Stopwatch.StartNew();
            var jitBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
            var cpu = new CpuMeter();
            await StatementStats.ResetAsync(database.ConnectionString);
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var (pauseBefore, gcsBefore) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0));
            await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
            {
                while (run.Elapsed.TotalSeconds < roundSeconds && await ClaimOnce(c, positions[c], true)) positions[c]++;
            })));
            var ours = run.Elapsed.TotalSeconds;
            var jitted = System.Runtime.JitInfo.GetCompiledMethodCount() - jitBefore; // tiered JIT still promoting methods adds noise
            oursSeconds += ours;
            oursCpu += cpu.Elapsed();
            allocated += GC.GetTotalAllocatedBytes() - allocatedBefore;
            var gc = $"{GC.CollectionCount(0) - gcsBefore} GCs pausing {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:F0} ms";
            var thisRound = current.Order().ToArray();
            current = new ConcurrentBag<double>();
            latencies.AddRange(thisRound);
            await StatementStats.PrintAsync(database.ConnectionString, $"ours round {round}", thisRound.Length);
            await ClaimsPgbench.WaitForProjectionsAsync(host.Services);
            cpu = new CpuMeter();
            await StatementStats.ResetAsync(database.ConnectionString);
            var tps = await Pgbench.RunAsync(database.ConnectionString, script, Clients, roundSeconds);
            pgbenchCpu += cpu.Elapsed();
            await StatementStats.PrintAsync(database.ConnectionString, $"pgbench round {round}", tps * roundSeconds);
            pgTransactions += tps * roundSeconds;
            Console.WriteLine($"round {round}: ours {thisRound.Length / ours:F0} claims/s (p99 {Percentile(thisRound, 0.99):F1} ms; {gc}; JIT compiled {jitted} methods), pgbench {tps:F0} tps");
        }
        var sorted = latencies.OrderBy(x => x).ToArray();
        var rate = sorted.Length / oursSeconds;
        var pgRate = pgTransactions / (roundSeconds * Rounds);
        Console.WriteLine($"claims over HTTP: {sorted.Length} in {oursSeconds:F1} s at {Clients} clients = {rate:F0} claims/s, " +
            $"p50 {Percentile(sorted, 0.50):F1} ms, p99 {Percentile(sorted, 0.99):F1} ms, failures {failures}, {allocated / 1024.0 / sorted.Length:F0} KB allocated per claim");
        Console.WriteLine($"pgbench (the SQL of one claim in the server's round trips: session actor + claim facts + report + contact + stream read; " +
            $"BEGIN + append; wish_cards update + mail outbox insert + COMMIT) at {Clients} clients: {pgRate:F0} tps");
        // Where each side's CPU went: the machine's busy time per claim, split into the client process and the rest (PostgreSQL).
        Console.WriteLine($"CPU per claim: ours {oursCpu.Machine * 1000 / sorted.Length:F2} ms (this server and its HTTP clients {oursCpu.Self * 1000 / sorted.Length:F2} ms, " +
            $"PostgreSQL and the rest {(oursCpu.Machine - oursCpu.Self) * 1000 / sorted.Length:F2} ms); pgbench {pgbenchCpu.Machine * 1000 / pgTransactions:F2} ms " +
            $"(pgbench {pgbenchCpu.Children * 1000 / pgTransactions:F2} ms, PostgreSQL and the rest {(pgbenchCpu.Machine - pgbenchCpu.Children - pgbenchCpu.Self) * 1000 / pgTransactions:F2} ms); " +
            $"the machine's {Environment.ProcessorCount} cores were busy {oursCpu.Machine / (oursSeconds * Environment.ProcessorCount):P0} of our rounds, {pgbenchCpu.Machine / (roundSeconds * Rounds * Environment.ProcessorCount):P0} of pgbench's");
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
