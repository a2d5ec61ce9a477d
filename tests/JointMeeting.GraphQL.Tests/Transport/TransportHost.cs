using System.Net;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using JointMeeting.GraphQL.Transport;
using JointMeeting.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JointMeeting.GraphQL.Tests.Transport;

/// <summary>
/// Kestrel on a free loopback port serving a small schema through the transport: real sockets for
/// HttpClient and ClientWebSocket. The header <c>X-Test-User</c> signs a request (or upgrade) in.
/// </summary>
public sealed class TransportHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _runningTicks;

    private TransportHost(Action<GraphQLServerOptions>? configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddGraphQLServer(BuildSchema(), o =>
        {
            o.MaxRequestBodyBytes = 16 * 1024;
            // Generous: on a loaded CI machine a client's connection_init can come later than a short timeout.
            o.ConnectionInitTimeout = TimeSpan.FromSeconds(10);
            o.OnRequest = (http, options) =>
            {
                options.Items["path"] = http.Request.Path.Value;
                return ValueTask.CompletedTask;
            };
            o.OnConnect = (_, payload) => ValueTask.FromResult(payload?.TryGetProperty("token", out var token) != true || token.GetString() == "good");
            configure?.Invoke(o);
        });
        _app = builder.Build();
        _app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue("X-Test-User", out var name))
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name.ToString())], "test"));
            return next(context);
        });
        _app.MapGraphQL("/graphql");
    }

    public Uri HttpUri { get; private set; } = null!;

    public Uri WebSocketUri => new UriBuilder(HttpUri) { Scheme = "ws" }.Uri;

    /// <summary>Ticks streams running now; a cancelled subscription leaves this count.</summary>
    public int RunningTicks => Volatile.Read(ref _runningTicks);

    public static async Task<TransportHost> StartAsync(Action<GraphQLServerOptions>? configure = null)
    {
        var host = new TransportHost(configure);
        await host._app.StartAsync();
        var address = host._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.HttpUri = new Uri(address.TrimEnd('/') + "/graphql");
        return host;
    }

    public HttpClient CreateClient() => new() { Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Schema BuildSchema() => new SchemaBuilder()
        .Query("hello", f => f.Type("String!").Resolve(_ => "world"))
        .Query("me", f => f.Type("String").Resolve(c => c.User.Identity?.IsAuthenticated == true ? c.User.FindFirstValue(ClaimTypes.Name) : null))
        .Query("path", f => f.Type("String").Resolve(c => c.Items.TryGetValue("path", out var p) ? p : null))
        .Query("fail", f => f.Type("String").Resolve(_ => throw new InvalidOperationException("secret internal detail")))
        .Query("echo", f => f.Type("String!").Argument("text", "String!").Resolve(c => c.Arg<string>("text")))
        .Mutation("bump", f => f.Type("Int!").Resolve(_ => 1))
        .Subscription("ticks", f => f.Type("Int!").Argument("count", "Int!").Argument("intervalMs", "Int", 5)
            .Subscribe(c => Ticks(c.Arg<int>("count"), c.Arg<int>("intervalMs"), c.CancellationToken)))
        .Subscription("whoami", f => f.Type("String").Subscribe(c => One(c.User.Identity?.IsAuthenticated == true ? c.User.FindFirstValue(ClaimTypes.Name) : null)))
        .Build();

    private async IAsyncEnumerable<int> Ticks(int count, int intervalMs, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _runningTicks);
        try
        {
            for (int i = 1; i <= count; i++)
            {
                await Task.Delay(intervalMs, cancellationToken);
                yield return i;
            }
        }
        finally
        {
            Interlocked.Decrement(ref _runningTicks);
        }
    }

    private static async IAsyncEnumerable<string?> One(string? value)
    {
        await Task.Yield();
        yield return value;
    }
}
