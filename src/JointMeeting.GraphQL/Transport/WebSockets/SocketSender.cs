using System.Net.WebSockets;
using System.Text.Json;
using JointMeeting.GraphQL.Execution;

namespace JointMeeting.GraphQL.Transport.WebSockets;

/// <summary>
/// Writes server messages to the socket one at a time (a WebSocket allows one send in flight)
/// and closes it once; sends after the close are dropped.
/// </summary>
public sealed class SocketSender(WebSocket socket)
{
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(3);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _closing;

    /// <summary>True once a close was sent (or the socket is gone).</summary>
    public bool IsClosing => Volatile.Read(ref _closing) != 0 || socket.State != WebSocketState.Open;

    public Task SendAckAsync() => SendAsync(w => w.WriteString("type"u8, ClientMessage.ConnectionAck));

    /// <summary>A pong, echoing the ping's payload as graphql-ws does.</summary>
    public Task SendPongAsync(JsonElement? payload) => SendAsync(w =>
    {
        w.WriteString("type"u8, ClientMessage.Pong);
        if (payload is { } p)
        {
            w.WritePropertyName("payload"u8);
            p.WriteTo(w);
        }
    });

    public Task SendNextAsync(string id, ExecutionResult result) => SendAsync(w =>
    {
        w.WriteString("id"u8, id);
        w.WriteString("type"u8, ClientMessage.Next);
        w.WritePropertyName("payload"u8);
        ExecutionResultJson.Write(w, result);
    });

    public Task SendErrorAsync(string id, IReadOnlyList<GraphQLError> errors) => SendAsync(w =>
    {
        w.WriteString("id"u8, id);
        w.WriteString("type"u8, ClientMessage.Error);
        w.WriteStartArray("payload"u8);
        foreach (var error in errors) ExecutionResultJson.WriteError(w, error);
        w.WriteEndArray();
    });

    /// <summary>An <c>error</c> message with one error carrying <c>extensions.code</c>.</summary>
    public Task SendErrorAsync(string id, string message, string code) => SendAsync(w =>
    {
        w.WriteString("id"u8, id);
        w.WriteString("type"u8, ClientMessage.Error);
        w.WriteStartArray("payload"u8);
        HttpResponses.WriteError(w, message, code);
        w.WriteEndArray();
    });

    public Task SendCompleteAsync(string id) => SendAsync(w =>
    {
        w.WriteString("id"u8, id);
        w.WriteString("type"u8, ClientMessage.Complete);
    });

    /// <summary>Sends the close frame with <paramref name="code"/> once; later calls do nothing.</summary>
    public async Task CloseAsync(int code, string reason)
    {
        if (Interlocked.Exchange(ref _closing, 1) != 0) return;
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, Truncate(reason), CancellationToken.None).ConfigureAwait(false);
            // A client that never answers the close would hold the socket open: drop it after a grace period.
            _ = Task.Delay(CloseHandshakeTimeout).ContinueWith(_ =>
            {
                if (socket.State != WebSocketState.Closed) socket.Abort();
            }, TaskScheduler.Default);
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // the peer is already gone; nothing left to tell it
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task SendAsync(Action<Utf8JsonWriter> writeBody)
    {
        if (IsClosing) return;
        var buffer = JsonResponseBuffer.Rent();
        try
        {
            var writer = buffer.Writer;
            writer.WriteStartObject();
            writeBody(writer);
            writer.WriteEndObject();
            await _gate.WaitAsync().ConfigureAwait(false);
            try
            {
                if (!IsClosing)
                    await socket.SendAsync(buffer.Written, WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                _gate.Release();
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // the peer went away mid-send; the receive loop notices and cleans up
        }
        finally
        {
            buffer.Dispose();
        }
    }

    // A close reason may carry at most 123 bytes of UTF-8.
    private static string Truncate(string reason)
    {
        while (System.Text.Encoding.UTF8.GetByteCount(reason) > 123) reason = reason[..^1];
        return reason;
    }
}
