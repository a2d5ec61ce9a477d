using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace JointMeeting.Benchmarks;

/// <summary>Writes the append statement as a pgbench script: parameters become pgbench variables or the values our benchmark binds.</summary>
public static partial class PgbenchAppendScript
{
    public static string Write(string appendSql, (string Name, string Json) @event)
    {
        // $1 stream id and $2 command id share one random number per transaction, as in the C# loop.
        string Replace(Match m) => m.Groups[1].Value switch
        {
            "1" or "2" => ":sid",
            "4" => $"'{{{@event.Name}}}'",
            "5" => $"'{{{Quote(@event.Json)}}}'",
            _ => "NULL", // command result, actor, correlation, causation, timestamp: unset in the benchmark
        };
        var statement = Parameter().Replace(appendSql, Replace).ReplaceLineEndings(" ");
        var path = Path.Combine(Directory.CreateTempSubdirectory("jm-bench-append-").FullName, "append.sql");
        File.WriteAllText(path, "\\set sid random(1, 9000000000000000000)\n" + statement + ";\n");
        return path;
    }

    // An element of a PostgreSQL array literal: double-quoted, with " and \ escaped; single quotes doubled for SQL.
    private static string Quote(string json) => "\"" + json.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("'", "''") + "\"";

    [GeneratedRegex(@"\$(\d+)")]
    private static partial Regex Parameter();
}

/// <summary>Runs pgbench against a database and returns its transactions per second.</summary>
public static partial class Pgbench
{
    public static async Task<double> RunAsync(string connectionString, string scriptPath, int clients, int seconds)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo("pgbench") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-n", "-M", "prepared", "-c", $"{clients}", "-j", "2", "-T", $"{seconds}", "-f", scriptPath })
            start.ArgumentList.Add(arg);
        start.Environment["PGHOST"] = cs.Host;
        start.Environment["PGPORT"] = cs.Port.ToString(CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = cs.Username;
        start.Environment["PGPASSWORD"] = cs.Password;
        start.Environment["PGDATABASE"] = cs.Database;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start pgbench (is it on PATH?).");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output;
        var match = Tps().Match(text);
        if (process.ExitCode != 0 || !match.Success)
            throw new InvalidOperationException($"pgbench failed (exit {process.ExitCode}):\n{text}\n{await errors}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex Tps();
}

