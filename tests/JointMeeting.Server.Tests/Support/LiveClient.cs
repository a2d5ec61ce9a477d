using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace JointMeeting.Server.Tests.Support;

/// <summary>
/// A SignalR client speaking the hub's JSON protocol over a raw WebSocket (no client package needed):
/// handshake <c>{"protocol":"json","version":1}\u001e</c>, invocations are type 1, completions type 3.
/// Uses the signed-in client's cookie, as a browser would.
/// </summary>
public sealed class LiveClient : IAsyncDisposable
{
    private const char Separator = '\u001e';
    private readonly ClientWebSocket _socket = new();
    private readonly Channel<JsonElement> _messages = Channel.CreateUnbounded<JsonElement>();
    private readonly CancellationTokenSource _stop = new();
    private Task? _reader;
    private int _invocation;

    public static async Task<LiveClient> ConnectAsync(AppHost host, GraphQLClient signedIn)
    {
        var client = new LiveClient();
        client._socket.Options.Cookies = signedIn.Cookies;
        var uri = new Uri(host.BaseAddress.ToString().Replace("http://", "ws://") + "hubs/live");
        await client._socket.ConnectAsync(uri, CancellationToken.None);
        await client.SendAsync("""{"protocol":"json","version":1}""");
        client._reader = client.ReadLoopAsync();
        var handshake = await client.NextAsync(_ => true, TimeSpan.FromSeconds(10));
        if (handshake.TryGetProperty("error", out var error)) throw new InvalidOperationException($"handshake failed: {error}");
        return client;
    }

    /// <summary>Calls the hub's Join and waits for its completion; returns the groups joined.</summary>
    public async Task<string[]> JoinAsync(params string[] groups)
    {
        var id = Interlocked.Increment(ref _invocation).ToString();
        await SendAsync(JsonSerializer.Serialize(new { type = 1, invocationId = id, target = "Join", arguments = new object[] { groups } }));
        var done = await NextAsync(m => Type(m) == 3 && m.GetProperty("invocationId").GetString() == id, TimeSpan.FromSeconds(10));
        return done.GetProperty("result").EnumerateArray().Select(g => g.GetString()!).ToArray();
    }

    /// <summary>The next "changed" notice matching <paramref name="match"/> (its LiveNotice argument).</summary>
    public async Task<JsonElement> NextNoticeAsync(Func<JsonElement, bool> match, TimeSpan timeout) =>
        (await NextAsync(m => Type(m) == 1 && m.GetProperty("target").GetString() == "changed" && match(m.GetProperty("arguments")[0]), timeout))
            .GetProperty("arguments")[0];

    private async Task<JsonElement> NextAsync(Func<JsonElement, bool> match, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var message = await _messages.Reader.ReadAsync(cts.Token);
            if (match(message)) return message;
        }
    }

    private static int Type(JsonElement m) => m.TryGetProperty("type", out var t) ? t.GetInt32() : 0;

    private Task SendAsync(string json) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(json + Separator), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        var pending = new StringBuilder();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close) break;
                pending.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                var text = pending.ToString();
                var last = text.LastIndexOf(Separator);
                if (last < 0) continue;
                foreach (var frame in text[..last].Split(Separator, StringSplitOptions.RemoveEmptyEntries))
                    await _messages.Writer.WriteAsync(JsonDocument.Parse(frame).RootElement.Clone());
                pending.Clear().Append(text[(last + 1)..]);
            }
        }
        catch (OperationCanceledException) { }
        catch (WebSocketException) { }
        finally { _messages.Writer.TryComplete(); }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try { await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None); } catch (Exception) { }
        if (_reader is not null) await _reader;
        _socket.Dispose();
    }
}
