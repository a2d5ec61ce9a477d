using JointMeeting.Benchmarks;

// Each benchmark lives in its own files and prints its own rate, its anchor's rate and, last, "ratio: X.XX".
var rest = args.Skip(1).ToArray();
return args.FirstOrDefault() switch
{
    "append" => await AppendBenchmark.RunAsync(rest),
    // GraphQL over HTTP (wrk on the TestServer) runs first; GraphQLBench's in-process comparison follows it here and prints the ratio last.
    "graphql" => (await HttpBench.RunAsync() > 0 ? 0 : 1) | await GraphQLBench.RunAsync(rest),
    "claims" => await ClaimsBench.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: JointMeeting.Benchmarks <append|graphql|claims> [options]");
    Console.Error.WriteLine("  append [seconds=10] [writers=16]   event store appends vs pgbench running the same SQL");
    return 2;
}
