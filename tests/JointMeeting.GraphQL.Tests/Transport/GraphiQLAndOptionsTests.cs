using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace JointMeeting.GraphQL.Tests.Transport;

/// <summary>GraphiQL served from a directory, its "not built" answer, and introspection switched off.</summary>
public sealed class GraphiQLAndOptionsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("graphiql-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static HttpRequestMessage BrowserGet(Uri uri)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }

    [Fact]
    public async Task A_browser_gets_graphiql_with_its_assets_below_the_graphql_path()
    {
        File.WriteAllText(Path.Combine(_directory, "index.html"), "<!doctype html><html><head><script src=\"./assets/app.js\"></script></head><body></body></html>");
        Directory.CreateDirectory(Path.Combine(_directory, "assets"));
        File.WriteAllText(Path.Combine(_directory, "assets", "app.js"), "console.log('graphiql');");
        await using var host = await TransportHost.StartAsync(o => o.GraphiQLDirectory = _directory);
        using var client = host.CreateClient();

        var page = await client.SendAsync(BrowserGet(host.HttpUri));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<base href=\"/graphql/\">", await page.Content.ReadAsStringAsync());

        var asset = await client.GetAsync(host.HttpUri + "/assets/app.js");
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("text/javascript", asset.Content.Headers.ContentType!.MediaType);
        Assert.Equal("console.log('graphiql');", await asset.Content.ReadAsStringAsync());

        foreach (var escape in new[] { "/assets/..%2F..%2F..%2Fetc%2Fpasswd", "/..%2Findex.html%2F..%2F..%2Fetc%2Fhostname", "/assets/missing.js" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(host.HttpUri + escape)).StatusCode);

        // an API client on the same URL still gets GraphQL
        var api = await client.GetAsync(host.HttpUri + "?query=%7Bhello%7D");
        Assert.Equal("application/json", api.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Without_a_build_the_browser_gets_a_clear_404()
    {
        await using var host = await TransportHost.StartAsync(o => o.GraphiQLDirectory = Path.Combine(_directory, "missing"));
        using var client = host.CreateClient();
        var page = await client.SendAsync(BrowserGet(host.HttpUri));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("GraphiQL is not built", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Introspection_can_be_switched_off()
    {
        await using var host = await TransportHost.StartAsync(o => o.EnableIntrospection = false);
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, host.HttpUri)
        {
            Content = new StringContent("{\"query\":\"{ __schema { types { name } } }\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var typename = await client.PostAsync(host.HttpUri, new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, typename.StatusCode);
    }
}
