namespace JointMeeting.Testing;

/// <summary>
/// Measured figures a test wants people to see (an import's time, a notice's latency). `npm test` prints
/// them in its summary; test runners hide passing tests' output otherwise. Figures are printed, never asserted.
/// </summary>
public static class Figures
{
    private static readonly object Gate = new();

    public static void Report(string line)
    {
        var file = Environment.GetEnvironmentVariable("JM_FIGURES_FILE");
        if (string.IsNullOrEmpty(file)) return;
        lock (Gate) File.AppendAllText(file, line.ReplaceLineEndings(" ") + Environment.NewLine);
    }
}
