using System.Net;
using System.Net.WebSockets;
using System.Text.Json;

namespace JointMeeting.GraphQL.Tests.Transport;

/// <summary>graphql-transport-ws over a real socket: messages, close codes, cancellation, caller.</summary>
public sealed class WebSocketProtocolTests : IAsyncLifetime
{
    private TransportHost _host = null!;

    public async Task InitializeAsync() => _host = await TransportHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static object Subscribe(string id, string query) => new { id, type = "subscribe", payload = new { query } };

    private static string TypeOf(JsonElement? message) => message!.Value.GetProperty("type").GetString()!;

    [Fact]
    public async Task Acknowledges_answers_pings_and_streams_next_then_complete()
    {
        await using var client = await WebSocketClient.InitialisedAsync(_host.WebSocketUri);
        Assert.Equal("graphql-transport-ws", client.Socket.SubProtocol);
        await client.SendAsync(new { type = "ping", payload = new { at = 1 } });
        var pong = await client.ReceiveAsync();
        Assert.Equal("pong", TypeOf(pong));
        Assert.Equal(1, pong!.Value.GetProperty("payload").GetProperty("at").GetInt32());

        await client.SendAsync(Subscribe("s1", "subscription { ticks(count: 3) }"));
        for (int i = 1; i <= 3; i++)
        {
            var next = (await client.ReceiveAsync())!.Value;
            Assert.Equal("next", next.GetProperty("type").GetString());
            Assert.Equal("s1", next.GetProperty("id").GetString());
            Assert.Equal(i, next.GetProperty("payload").GetProperty("data").GetProperty("ticks").GetInt32());
        }
        Assert.Equal("complete", TypeOf(await client.ReceiveAsync()));
    }

    [Fact]
    public async Task Queries_and_mutations_give_one_next_then_complete_and_validation_errors_an_error()
    {
        await using var client = await WebSocketClient.InitialisedAsync(_host.WebSocketUri);
        await client.SendAsync(Subscribe("q", "{ hello }"));
        Assert.Equal("world", (await client.ReceiveAsync())!.Value.GetProperty("payload").GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("complete", TypeOf(await client.ReceiveAsync()));
        await client.SendAsync(Subscribe("m", "mutation { bump }"));
        Assert.Equal("next", TypeOf(await client.ReceiveAsync()));
        Assert.Equal("complete", TypeOf(await client.ReceiveAsync()));
        await client.SendAsync(Subscribe("bad", "{ nope }"));
        var error = (await client.ReceiveAsync())!.Value;
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Array, error.GetProperty("payload").ValueKind);
    }

    [Fact]
    public async Task Complete_from_the_client_and_a_dropped_socket_both_stop_the_stream()
    {
        await using (var client = await WebSocketClient.InitialisedAsync(_host.WebSocketUri))
        {
            await client.SendAsync(Subscribe("long", "subscription { ticks(count: 100000, intervalMs: 10) }"));
            Assert.Equal("next", TypeOf(await client.ReceiveAsync()));
            await client.SendAsync(new { id = "long", type = "complete" });
            await WaitUntil(() => _host.RunningTicks == 0);
        }
        var dropped = await WebSocketClient.InitialisedAsync(_host.WebSocketUri);
        await dropped.SendAsync(Subscribe("long", "subscription { ticks(count: 100000, intervalMs: 10) }"));
        Assert.Equal("next", TypeOf(await dropped.ReceiveAsync()));
        dropped.Socket.Abort();
        await WaitUntil(() => _host.RunningTicks == 0);
    }

    [Fact]
    public async Task An_id_is_free_again_the_moment_its_complete_or_error_arrives()
    {
        // A client may reuse an id as soon as it reads the terminal message, so the server must let go of it before
        // sending that. Several sockets at once keep the thread pool busy, which widens any window between the two.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var client = await WebSocketClient.InitialisedAsync(_host.WebSocketUri);
            async Task<string> NextType(int round)
            {
                var message = await client.ReceiveAsync();
                Assert.True(message is not null, $"round {round}: the server closed ({client.Socket.CloseStatus} {client.Socket.CloseStatusDescription})");
                return TypeOf(message);
            }
            for (int round = 0; round < 300; round++)
            {
                var query = (round % 3) switch { 0 => "{ hello }", 1 => "{ nope }", _ => "subscription { ticks(count: 1, intervalMs: 0) }" };
                await client.SendAsync(Subscribe("r", query));
                if (round % 3 != 1) Assert.Equal("next", await NextType(round));
                Assert.Equal(round % 3 == 1 ? "error" : "complete", await NextType(round));
            }
        }));
    }

    [Fact]
    public async Task The_upgrade_requests_user_runs_every_operation()
    {
        await using var client = await WebSocketClient.InitialisedAsync(_host.WebSocketUri, o => o.SetRequestHeader("X-Test-User", "bob"));
        await client.SendAsync(Subscribe("w", "subscription { whoami }"));
        Assert.Equal("bob", (await client.ReceiveAsync())!.Value.GetProperty("payload").GetProperty("data").GetProperty("whoami").GetString());
    }

    public static TheoryData<string, string[], int> Violations => new()
    {
        { "not JSON", ["{oops"], 4400 },
        { "unknown type", ["""{"type":"nope"}"""], 4400 },
        { "subscribe without id", ["""{"type":"subscribe","payload":{"query":"{ hello }"}}"""], 4400 },
        { "server message from the client", ["""{"type":"connection_ack"}"""], 4400 },
        { "second init", ["""{"type":"connection_init"}"""], 4429 },
        { "duplicate id", ["""{"id":"d","type":"subscribe","payload":{"query":"subscription { ticks(count: 1000) }"}}""",
                           """{"id":"d","type":"subscribe","payload":{"query":"subscription { ticks(count: 1000) }"}}"""], 4409 },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public async Task Protocol_violations_close_with_their_code(string what, string[] messages, int code)
    {
        await using var client = await WebSocketClient.InitialisedAsync(_host.WebSocketUri);
        foreach (var message in messages) await client.SendTextAsync(message);
        var (actual, reason) = await client.ClosedAsync();
        Assert.True(code == actual, $"{what}: expected {code}, got {actual} ({reason})");
    }

    [Fact]
    public async Task Subscribe_before_ack_closes_4401_and_a_refused_init_4403()
    {
        await using var early = await WebSocketClient.ConnectAsync(_host.WebSocketUri);
        await early.SendAsync(Subscribe("1", "{ hello }"));
        Assert.Equal(4401, (await early.ClosedAsync()).Code);

        await using var refused = await WebSocketClient.ConnectAsync(_host.WebSocketUri);
        await refused.SendAsync(new { type = "connection_init", payload = new { token = "bad" } });
        Assert.Equal((4403, "Forbidden"), await refused.ClosedAsync());
    }

    [Fact]
    public async Task Wrong_subprotocol_closes_4406_and_a_silent_client_4408()
    {
        await using var noProtocol = await WebSocketClient.ConnectAsync(_host.WebSocketUri, subprotocol: null);
        Assert.Equal(4406, (await noProtocol.ClosedAsync()).Code);

        // Its own host with a short timeout, so that the other tests' clients are never timed out on a slow machine.
        await using var quick = await TransportHost.StartAsync(o => o.ConnectionInitTimeout = TimeSpan.FromMilliseconds(300));
        await using var silent = await WebSocketClient.ConnectAsync(quick.WebSocketUri);
        Assert.Equal((4408, "Connection initialisation timeout"), await silent.ClosedAsync());
    }

    [Fact]
    public async Task A_foreign_origin_cannot_upgrade()
    {
        var error = await Assert.ThrowsAsync<WebSocketException>(() => WebSocketClient.ConnectAsync(_host.WebSocketUri,
            configure: o => o.SetRequestHeader("Origin", "https://evil.example")));
        Assert.Contains("403", error.Message);
        await using var sameOrigin = await WebSocketClient.InitialisedAsync(_host.WebSocketUri,
            o => o.SetRequestHeader("Origin", $"http://{_host.HttpUri.Authority}"));
        Assert.Equal(WebSocketState.Open, sameOrigin.Socket.State);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var started = DateTime.UtcNow; DateTime.UtcNow - started < TimeSpan.FromSeconds(10); await Task.Delay(20))
            if (condition()) return;
        Assert.Fail("condition not met within 10 s");
    }
}
