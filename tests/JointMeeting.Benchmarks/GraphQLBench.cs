using System.Diagnostics;
using System.Text.Json;
using JointMeeting.GraphQL.Execution;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.Benchmarks;

/// <summary>
/// `npm run bench:graphql`, in-process part: the same SDL, query and in-memory data
/// (tests/graphql/bench) through our executor (document cache on) and through graphql-js 16
/// graphql() in Node, in alternating one-second rounds so both see the same machine load.
/// Prints both medians and, last, "ratio: X.XX" (ours / graphql-js).
/// </summary>
public static class GraphQLBench
{
    private sealed record Unit(string Id, string Name);

    private sealed record User(string Id, string Name, Unit? Unit);

    private sealed record Claim(string Id, string At, User By);

    private sealed record Wish(string Id, string Title, string Status, int Points, double Weight, string CreatedAt, User Author, Claim[] Claims);

    /// <summary>Runs <paramref name="args"/>[0] rounds (default 7) of one second each; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        int rounds = args.Length > 0 && int.TryParse(args[0], out var r) ? r : 7;
        string dir = Path.Combine(RepoRoot(), "tests", "graphql", "bench");
        var schema = BuildSchema(File.ReadAllText(Path.Combine(dir, "schema.graphql")));
        string query = File.ReadAllText(Path.Combine(dir, "query.graphql"));
        var variables = JsonDocument.Parse("""{"first":20}""").RootElement;
        var executor = new GraphQLExecutor();
        Task<ExecutionResult> Run() => executor.ExecuteAsync(new GraphQLRequest(query, null, variables), new ExecutionOptions(schema));

        string ours = ExecutionResultJson.Serialize(await Run());
        string reference = Node(dir, "0", "--print").Trim();
        if (ours != reference)
        {
            Console.Error.WriteLine($"bench:graphql: results differ\n ours:       {ours[..Math.Min(300, ours.Length)]}\n graphql-js: {reference[..Math.Min(300, reference.Length)]}");
            return 1;
        }

        using var node = StartRounds(dir, out string version);
        await Measure(Run, TimeSpan.FromSeconds(1));   // warm-up (tiered JIT)
        var oursRates = new List<double>();
        var theirRates = new List<double>();
        for (int i = 0; i < rounds; i++)
        {
            oursRates.Add(await Measure(Run, TimeSpan.FromSeconds(1)));
            node.StandardInput.WriteLine("1000");
            theirRates.Add(double.Parse(node.StandardOutput.ReadLine()!.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture));
        }
        node.StandardInput.WriteLine("0");
        double oursMedian = Median(oursRates), theirMedian = Median(theirRates);
        Console.WriteLine($"graphql in-process (same SDL, query, data; {rounds} alternating 1 s rounds, median, one thread each):");
        Console.WriteLine($"  ours:       {oursMedian,10:F0} ops/s  (document cache: {executor.Cache.Hits} hits, {executor.Cache.Misses} miss)");
        Console.WriteLine($"  {version}: {theirMedian,10:F0} ops/s  (graphql(): parse + validate + execute)");
        return PrintRatio(oursMedian, theirMedian);
    }

    /// <summary>The benchmark's final line; keep every other output of `bench:graphql` before it.</summary>
    public static int PrintRatio(double ours, double graphqlJs)
    {
        Console.WriteLine($"ratio: {ours / graphqlJs:F2}");
        return 0;
    }

    private static Schema BuildSchema(string sdl)
    {
        string[] statuses = ["OPEN", "CLAIMED", "DONE"];
        var units = Enumerable.Range(0, 10).Select(i => new Unit($"unit-{i}", $"Unit {i}")).ToArray();
        var users = Enumerable.Range(0, 50).Select(i => new User($"user-{i}", $"User {i}", units[i % 10])).ToArray();
        var wishes = Enumerable.Range(0, 200).Select(i => new Wish($"wish-{i}", $"Wish number {i}", statuses[i % 3], i * 3, i / 4.0,
            $"2026-01-{1 + i % 28:D2}T08:00:00Z", users[i % 50],
            [.. new[] { 0, 1 }.Select(k => new Claim($"claim-{i}-{k}", "2026-02-01T10:00:00Z", users[(i + k + 1) % 50]))])).ToArray();
        return SchemaBuilder.FromSdl(sdl)
            .Resolve("Query", "wishes", ctx =>
            {
                int first = ctx.Arg<int>("first");
                var status = ctx.Arguments.GetValueOrDefault("status") as string;
                return wishes.Where(w => status is null || w.Status == status).Take(first).ToList();
            })
            .Resolve("Query", "me", _ => users[0])
            .Build();
    }

    private static async Task<double> Measure(Func<Task<ExecutionResult>> run, TimeSpan duration)
    {
        long ops = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < duration)
        {
            for (int i = 0; i < 10; i++) await run();
            ops += 10;
        }
        return ops / watch.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static Process StartRounds(string dir, out string version)
    {
        var node = Process.Start(new ProcessStartInfo("node", [Path.Combine(dir, "graphqljs.mjs"), "0", "--rounds"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            WorkingDirectory = dir,
        })!;
        version = node.StandardOutput.ReadLine()!;
        if (node.StandardOutput.ReadLine() != "ready") throw new InvalidOperationException("graphqljs.mjs did not start");
        return node;
    }

    private static string Node(string dir, params string[] args)
    {
        using var node = Process.Start(new ProcessStartInfo("node", [Path.Combine(dir, "graphqljs.mjs"), .. args])
        {
            RedirectStandardOutput = true,
            WorkingDirectory = dir,
        })!;
        string output = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        return output.Split('\n').First(l => l.StartsWith('{'));
    }

    private static string RepoRoot()
    {
        if (Environment.GetEnvironmentVariable("JM_REPO_ROOT") is { Length: > 0 } root) return root;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "package.json")) && Directory.Exists(Path.Combine(dir.FullName, "tests"))) return dir.FullName;
        throw new InvalidOperationException("Set JM_REPO_ROOT to the repository root.");
    }
}
