using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace JointMeeting.Benchmarks;

/// <summary>
/// GraphQL over HTTP end to end: the TestServer (our transport and engine, Release) under
/// <c>wrk -t2 -c64 -d10s</c> POSTing a small query. Prints <c>http: N req/s</c>; part of
/// <c>npm run bench:graphql</c>, run before the in-process comparison whose ratio line comes last.
/// </summary>
public static partial class HttpBench
{
    private const string Query = "{ hello item(id: \\\"1\\\") { id name } }";

    /// <summary>Runs the benchmark and returns requests per second (0 when it could not run).</summary>
    public static async Task<double> RunAsync(int seconds = 10, int connections = 64)
    {
        string root = RepoRoot();
        if (!Run("sh", ["-c", "command -v wrk"], root, out _, quiet: true))
        {
            Console.WriteLine("http: not run — wrk is not installed (apt-get install -y wrk; tests/bench.mjs does it)");
            return 0;
        }
        string project = Path.Combine(root, "tests", "JointMeeting.GraphQL.TestServer");
        if (!Run("dotnet", ["build", project, "-c", "Release", "-nologo", "-v", "q", "-clp:ErrorsOnly"], root, out var buildOutput, quiet: true))
            throw new InvalidOperationException("building the TestServer failed:\n" + buildOutput);

        int port = FreePort();
        using var server = Process.Start(new ProcessStartInfo("dotnet",
            [Path.Combine(project, "bin", "Release", "net10.0", "JointMeeting.GraphQL.TestServer.dll"), "--port", port.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        })!;
        try
        {
            await WaitForListeningAsync(server);
            string dir = Directory.CreateTempSubdirectory("jm-wrk-").FullName;
            string script = Path.Combine(dir, "post.lua");
            // a Lua long string: no escapes, the JSON goes out byte for byte
            await File.WriteAllTextAsync(script, $$"""
                wrk.method = "POST"
                wrk.body = [[{"query":"{{Query}}"}]]
                wrk.headers["Content-Type"] = "application/json"
                wrk.headers["Accept"] = "application/graphql-response+json"
                """);
            string url = $"http://127.0.0.1:{port}/graphql";
            // warm-up: tiered JIT and connection pools settle before the measured run
            Run("wrk", ["-t2", $"-c{connections}", "-d3s", "-s", script, url], root, out _, quiet: true);
            if (!Run("wrk", ["-t2", $"-c{connections}", $"-d{seconds}s", "-s", script, url], root, out var report, quiet: true))
                throw new InvalidOperationException("wrk failed:\n" + report);
            Directory.Delete(dir, recursive: true);

            if (report.Contains("Non-2xx", StringComparison.Ordinal) || report.Contains("Socket errors", StringComparison.Ordinal))
                throw new InvalidOperationException("wrk saw failed requests:\n" + report);
            double rate = double.Parse(RequestsPerSecond().Match(report).Groups[1].Value, CultureInfo.InvariantCulture);
            string latency = Latency().Match(report).Groups[1].Value;
            Console.WriteLine($"http: {rate:F0} req/s (wrk -t2 -c{connections} -d{seconds}s, POST {Query.Replace("\\", "")}, mean latency {latency})");
            return rate;
        }
        finally
        {
            if (!server.HasExited) server.Kill();
            await server.WaitForExitAsync();
        }
    }

    private static async Task WaitForListeningAsync(Process server)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var line = await server.StandardOutput.ReadLineAsync().WaitAsync(deadline - DateTime.UtcNow);
            if (line is null) throw new InvalidOperationException("TestServer exited: " + await server.StandardError.ReadToEndAsync());
            if (line.StartsWith("listening on", StringComparison.Ordinal)) return;
        }
        throw new TimeoutException("TestServer did not start within 60 s");
    }

    private static bool Run(string file, string[] args, string cwd, out string output, bool quiet)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, args)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = cwd,
            })!;
            var stderr = process.StandardError.ReadToEndAsync();
            output = process.StandardOutput.ReadToEnd() + stderr.Result;
            process.WaitForExit();
            if (!quiet) Console.Write(output);
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            output = e.Message;
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepoRoot()
    {
        if (Environment.GetEnvironmentVariable("JM_REPO_ROOT") is { Length: > 0 } fromEnv) return fromEnv;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "JointMeeting.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found (set JM_REPO_ROOT)");
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Latency\s+(\S+)")]
    private static partial Regex Latency();
}
