using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using JointMeeting.Server.MicroWishes;
using Microsoft.Extensions.Hosting;

namespace JointMeeting.Benchmarks;

/// <summary>Starts the server's own entry point on a free port and captures its host (as WebApplicationFactory does).</summary>
public static class InProcessServer
{
    public static async Task<(IHost Host, Uri BaseUri)> StartAsync(string connectionString)
    {
        var port = FreePort();
        Environment.SetEnvironmentVariable("ConnectionStrings__Postgres", connectionString);
        Environment.SetEnvironmentVariable("PORT", port.ToString());
        Environment.SetEnvironmentVariable("Seeds__Demo", "false");
        Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning");
        Environment.SetEnvironmentVariable("Logging__LogLevel__Microsoft.Hosting.Lifetime", "Warning");
        var built = new TaskCompletionSource<IHost>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
        {
            if (listener.Name == "Microsoft.Extensions.Hosting")
                listener.Subscribe(new Observer<KeyValuePair<string, object?>>(e => { if (e.Key == "HostBuilt" && e.Value is IHost h) built.TrySetResult(h); }));
        }));
        var entry = typeof(WishService).Assembly.EntryPoint!; // the server's Program (this project has its own)
        new Thread(() => entry.Invoke(null, [Array.Empty<string>()])) { IsBackground = true, Name = "server" }.Start();
        var host = await built.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var baseUri = new Uri($"http://127.0.0.1:{port}/");
        using var probe = new HttpClient { BaseAddress = baseUri };
        for (var deadline = DateTime.UtcNow.AddSeconds(60); ; await Task.Delay(100))
        {
            try { if ((await probe.GetAsync("health")).IsSuccessStatusCode) break; } catch (HttpRequestException) { }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the server did not become healthy");
        }
        return (host, baseUri);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnCompleted() { }
        public void OnError(Exception error) { }
        public void OnNext(T value) => next(value);
    }
}
