// The GraphQL transport on a test schema, for suites and benchmarks written against things we did not write:
//   dotnet JointMeeting.GraphQL.TestServer.dll --port 5099 [--graphiql client/graphiql/dist]
// Prints "listening on http://127.0.0.1:<port>" once it accepts requests.
using System.Security.Claims;
using JointMeeting.GraphQL.TestServer;
using JointMeeting.GraphQL.Transport;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

int port = int.Parse(Option(args, "--port") ?? "0");
string? graphiql = Option(args, "--graphiql") ?? FindGraphiQL();

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Error);
builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port));
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
builder.Services.AddGraphQLServer(TestSchema.Build(), o =>
{
    o.GraphiQLDirectory = graphiql;
    o.ConnectionInitTimeout = TimeSpan.FromSeconds(double.Parse(Option(args, "--init-timeout") ?? "3", System.Globalization.CultureInfo.InvariantCulture));
    // a connection_init payload {"reject": true} is refused, so tests can see 4403
    o.OnConnect = (_, payload) => ValueTask.FromResult(!(payload is { } p && p.TryGetProperty("reject", out var r) && r.ValueKind == System.Text.Json.JsonValueKind.True));
});

var app = builder.Build();
app.UseAuthentication();
// Test-only sign-in: a cookie for ?name=…, so suites can check that the caller reaches resolvers.
app.MapGet("/login", async (HttpContext context, string name) =>
{
    var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], CookieAuthenticationDefaults.AuthenticationScheme);
    await context.SignInAsync(new ClaimsPrincipal(identity));
    return Results.Text("signed in as " + name);
});
app.MapGraphQL("/graphql");

await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
Console.WriteLine($"listening on {address.Replace("[::1]", "127.0.0.1")}");
await app.WaitForShutdownAsync();

static string? Option(string[] args, string name)
{
    int index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

// client/graphiql/dist of the repository this binary was built in, when it exists.
static string? FindGraphiQL()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "JointMeeting.sln")))
            return Path.Combine(dir.FullName, "client", "graphiql", "dist");
    }
    return null;
}
