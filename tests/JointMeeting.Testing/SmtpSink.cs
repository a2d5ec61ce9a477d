using System.Net.Http.Json;
using System.Text.Json;

namespace JointMeeting.Testing;

/// <summary>
/// The real SMTP server process `npm test` starts (tests/tools/smtp-sink.mjs): SMTP on
/// JM_TEST_SMTP_PORT, and an HTTP API on JM_TEST_SMTP_API to read, clear, stop and start it.
/// </summary>
public static class SmtpSink
{
    public static int Port => int.Parse(Env("JM_TEST_SMTP_PORT"));

    public static Uri Api => new(Env("JM_TEST_SMTP_API"));

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private static string Env(string name) => Environment.GetEnvironmentVariable(name)
        ?? throw new InvalidOperationException($"{name} is not set: run the suites with `npm test`, which starts the SMTP sink.");

    /// <summary>
    /// Every message received so far: JSON objects with to[], cc[], envelopeTo[], from, subject, text, html,
    /// attachments[{filename, contentType (with parameters, e.g. "text/calendar; charset=utf-8; method=REQUEST"),
    /// content (UTF-8 text for text/*, base64 otherwise)}], headers {lower-case name: raw value}.
    /// </summary>
    public static async Task<IReadOnlyList<JsonElement>> MessagesAsync()
    {
        var list = await Http.GetFromJsonAsync<List<JsonElement>>(new Uri(Api, "messages"));
        return list ?? [];
    }

    /// <summary>Messages sent to one address (each test uses its own addresses, so runs don't mix).</summary>
    public static async Task<IReadOnlyList<JsonElement>> MessagesToAsync(string address) =>
        (await MessagesAsync()).Where(m => m.GetProperty("to").EnumerateArray()
            .Any(t => string.Equals(t.GetString(), address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>Forgets every message (tests normally filter by their own addresses instead).</summary>
    public static Task ClearAsync() => Http.PostAsync(new Uri(Api, "clear"), null);

    /// <summary>Stops accepting SMTP connections (the port refuses) until <see cref="StartAsync"/>.</summary>
    public static Task StopAsync() => Http.PostAsync(new Uri(Api, "stop"), null);

    public static Task StartAsync() => Http.PostAsync(new Uri(Api, "start"), null);

    /// <summary>Polls until <paramref name="until"/> holds or the timeout passes; returns the last read.</summary>
    public static async Task<IReadOnlyList<JsonElement>> WaitForAsync(string address, Func<IReadOnlyList<JsonElement>, bool> until, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var got = await MessagesToAsync(address);
            if (until(got) || DateTime.UtcNow > deadline) return got;
            await Task.Delay(100);
        }
    }
}
