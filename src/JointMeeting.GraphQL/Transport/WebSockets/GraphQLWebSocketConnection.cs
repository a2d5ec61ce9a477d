using System.Buffers;
using System.Net.WebSockets;
using JointMeeting.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace JointMeeting.GraphQL.Transport.WebSockets;

/// <summary>
/// One accepted <c>graphql-transport-ws</c> socket: reads messages in order, acknowledges the
/// connection, and runs each subscribe as a <see cref="SocketOperation"/> until it completes, the
/// client completes it, or the socket goes away.
/// </summary>
public sealed class GraphQLWebSocketConnection
{
    private readonly WebSocket _socket;
    private readonly HttpContext _http;
    private readonly GraphQLServerOptions _options;
    private readonly IGraphQLExecutor _executor;
    private readonly ILogger _logger;
    private readonly SocketSender _sender;
    private readonly Dictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly List<Task> _running = [];
    private readonly CancellationTokenSource _lifetime;
    private bool _initReceived;
    private volatile bool _acknowledged;

    public GraphQLWebSocketConnection(WebSocket socket, HttpContext http, GraphQLServerOptions options, IGraphQLExecutor executor, ILogger logger)
    {
        _socket = socket;
        _http = http;
        _options = options;
        _executor = executor;
        _logger = logger;
        _sender = new SocketSender(socket);
        _lifetime = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    }

    /// <summary>Serves the socket until it closes; with <paramref name="refuse"/>, closes it at once with that code.</summary>
    public async Task RunAsync((int Code, string Reason)? refuse = null)
    {
        if (refuse is { } close) await _sender.CloseAsync(close.Code, close.Reason).ConfigureAwait(false);
        else _ = CloseUnlessInitialisedAsync();
        try
        {
            await ReceiveLoopAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // the client vanished or never finished the close handshake
        }
        catch (Exception e)
        {
            _logger.LogError(e, "graphql-transport-ws connection failed");
            await _sender.CloseAsync(CloseCodes.InternalServerError, "Internal server error").ConfigureAwait(false);
        }
        finally
        {
            // Every running operation stops with the socket: subscriptions release their event sources.
            _lifetime.Cancel();
            await DrainAsync().ConfigureAwait(false);
            _lifetime.Dispose();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            var received = await _socket.ReceiveAsync(buffer.GetMemory(4096), _lifetime.Token).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
                return;
            }
            buffer.Advance(received.Count);
            if (buffer.WrittenCount > _options.MaxWebSocketMessageBytes)
            {
                await _sender.CloseAsync((int)WebSocketCloseStatus.MessageTooBig, "Message too big").ConfigureAwait(false);
                buffer.ResetWrittenCount();
                continue;
            }
            if (!received.EndOfMessage) continue;
            if (!_sender.IsClosing) await HandleAsync(buffer.WrittenMemory).ConfigureAwait(false);
            buffer.ResetWrittenCount();
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> data)
    {
        var message = ClientMessage.Parse(data, out var error);
        if (message is null)
        {
            await _sender.CloseAsync(CloseCodes.BadRequest, error!).ConfigureAwait(false);
            return;
        }
        switch (message.Type)
        {
            case ClientMessage.ConnectionInit:
                await InitialiseAsync(message).ConfigureAwait(false);
                break;
            case ClientMessage.Ping:
                await _sender.SendPongAsync(message.Payload).ConfigureAwait(false);
                break;
            case ClientMessage.Pong:
                break;
            case ClientMessage.Subscribe:
                await SubscribeAsync(message.Id!, message.Request!).ConfigureAwait(false);
                break;
            case ClientMessage.Complete:
                lock (_operations)
                {
                    if (_operations.Remove(message.Id!, out var operation)) operation.Cancel();
                }
                break;
        }
    }

    private async Task InitialiseAsync(ClientMessage message)
    {
        if (_initReceived)
        {
            await _sender.CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }
        _initReceived = true;
        if (_options.OnConnect is { } onConnect && !await onConnect(_http, message.Payload).ConfigureAwait(false))
        {
            await _sender.CloseAsync(CloseCodes.Forbidden, "Forbidden").ConfigureAwait(false);
            return;
        }
        await _sender.SendAckAsync().ConfigureAwait(false);
        _acknowledged = true;
    }

    private async Task SubscribeAsync(string id, GraphQLRequest request)
    {
        if (!_acknowledged)
        {
            await _sender.CloseAsync(CloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return;
        }
        CancellationTokenSource? cancel = null;
        bool duplicate;
        lock (_operations)
        {
            duplicate = _operations.ContainsKey(id);
            if (!duplicate && _operations.Count < _options.MaxOperationsPerSocket)
            {
                cancel = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
                _operations.Add(id, cancel);
            }
        }
        if (duplicate)
        {
            await _sender.CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
            return;
        }
        if (cancel is null)
        {
            await _sender.SendErrorAsync(id, $"At most {_options.MaxOperationsPerSocket} operations may run at once on one socket.", "RATE_LIMITED").ConfigureAwait(false);
            return;
        }
        var operation = new SocketOperation(id, request, cancel, () => Release(id, cancel), _sender, _http, _options, _executor, _logger);
        var running = operation.RunAsync().ContinueWith(_ => Forget(id, cancel), TaskScheduler.Default);
        lock (_running) _running.Add(running);
    }

    // The upgrade request's HttpContext must outlive every operation using it (Kestrel reuses contexts).
    private async Task DrainAsync()
    {
        Task[] running;
        lock (_running) running = [.. _running];
        try
        {
            await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("graphql-transport-ws operations ignored cancellation for 10 s after their socket closed");
        }
    }

    /// <summary>Frees <paramref name="id"/> if it still names this operation; false once the client completed it.</summary>
    private bool Release(string id, CancellationTokenSource cancel)
    {
        lock (_operations)
        {
            // The id may already be reused by a new operation after the client completed this one.
            return _operations.TryGetValue(id, out var current) && current == cancel && _operations.Remove(id);
        }
    }

    private void Forget(string id, CancellationTokenSource cancel)
    {
        Release(id, cancel);
        cancel.Dispose();
        lock (_running) _running.RemoveAll(task => task.IsCompleted);
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(_options.ConnectionInitTimeout, _lifetime.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        if (!_acknowledged)
            await _sender.CloseAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout").ConfigureAwait(false);
    }
}
