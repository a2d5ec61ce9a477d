namespace JointMeeting.Benchmarks;

/// <summary>
/// CPU seconds spent since construction by the whole machine (/proc/stat), this process, and the child processes it
/// has reaped (pgbench), so a benchmark can say where each side's CPU went — on a small machine that split is the ratio.
/// PostgreSQL's share is the rest: its backends for pgbench exit with pgbench, so they cannot be read per process.
/// </summary>
public sealed class CpuMeter
{
    private const double Tick = 100.0; // USER_HZ
    private readonly CpuTime _start = Read();

    public CpuTime Elapsed()
    {
        var now = Read();
        return new(now.Machine - _start.Machine, now.Self - _start.Self, now.Children - _start.Children);
    }

    private static CpuTime Read()
    {
        // cpu  user nice system idle iowait irq softirq steal ...: busy is everything but idle and iowait.
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(double.Parse).ToArray();
        var busy = cpu.Sum() - cpu[3] - cpu[4];
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return new(busy / Tick, (double.Parse(fields[11]) + double.Parse(fields[12])) / Tick, (double.Parse(fields[13]) + double.Parse(fields[14])) / Tick);
    }
}

/// <summary>CPU seconds of the whole machine, of this process, and of its reaped children.</summary>
public readonly record struct CpuTime(double Machine, double Self, double Children)
{
    public static CpuTime operator +(CpuTime a, CpuTime b) => new(a.Machine + b.Machine, a.Self + b.Self, a.Children + b.Children);
}
