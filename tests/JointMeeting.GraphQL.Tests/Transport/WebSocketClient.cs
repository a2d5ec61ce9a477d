using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace JointMeeting.GraphQL.Tests.Transport;

/// <summary>A ClientWebSocket speaking raw graphql-transport-ws messages, for protocol tests.</summary>
public sealed class WebSocketClient : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private WebSocketClient(ClientWebSocket socket) => Socket = socket;

    public ClientWebSocket Socket { get; }

    public static async Task<WebSocketClient> ConnectAsync(Uri uri, string? subprotocol = "graphql-transport-ws",
        Action<ClientWebSocketOptions>? configure = null)
    {
        var socket = new ClientWebSocket();
        if (subprotocol is not null) socket.Options.AddSubProtocol(subprotocol);
        configure?.Invoke(socket.Options);
        using var timeout = new CancellationTokenSource(Wait);
        await socket.ConnectAsync(uri, timeout.Token);
        return new WebSocketClient(socket);
    }

    /// <summary>Connects, sends connection_init and expects the ack.</summary>
    public static async Task<WebSocketClient> InitialisedAsync(Uri uri, Action<ClientWebSocketOptions>? configure = null)
    {
        var client = await ConnectAsync(uri, configure: configure);
        await client.SendAsync(new { type = "connection_init" });
        Assert.Equal("connection_ack", (await client.ReceiveAsync())!.Value.GetProperty("type").GetString());
        return client;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public async Task SendTextAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Wait);
        await Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    /// <summary>The next message, or null when the server closed the socket instead.</summary>
    public async Task<JsonElement?> ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var stream = new MemoryStream();
        using var timeout = new CancellationTokenSource(Wait);
        while (true)
        {
            var result = await Socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            stream.Write(buffer, 0, result.Count);
            if (result.EndOfMessage) return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
        }
    }

    /// <summary>Reads until the server closes; returns its close code and reason.</summary>
    public async Task<(int Code, string? Reason)> ClosedAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }
        return ((int)Socket.CloseStatus!.Value, Socket.CloseStatusDescription);
    }

    public async ValueTask DisposeAsync()
    {
        if (Socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        }
        Socket.Dispose();
    }
}
