using System.Runtime.CompilerServices;

namespace JointMeeting.Server.Tests.Accounts;

internal static class TestPort
{
    /// <summary>
    /// The server binds PORT (default 5080) itself, which beats the test host's UseKestrel(0): with a dev
    /// server running on 5080, or two hosts at once, start-up failed. Port 0 lets the OS pick a free one.
    /// </summary>
    [ModuleInitializer]
    internal static void UseFreePorts()
    {
        if (Environment.GetEnvironmentVariable("PORT") is null) Environment.SetEnvironmentVariable("PORT", "0");
    }
}
