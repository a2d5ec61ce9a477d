using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace JointMeeting.GraphQL.Tests.Transport;

/// <summary>GraphQL over HTTP through real sockets: status codes, media types, limits, CSRF rule, caller.</summary>
public sealed class HttpTransportTests : IAsyncLifetime
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private TransportHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await TransportHost.StartAsync();
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(string json, string? accept = GraphQLResponse,
        string contentType = "application/json", Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _host.HttpUri) { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        configure?.Invoke(request);
        var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text);
        return (response, text.Length > 0 && text[0] == '{' ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }

    private static string Query(string query, object? variables = null, string? operationName = null) =>
        JsonSerializer.Serialize(new { query, variables, operationName });

    [Fact]
    public async Task Valid_query_answers_200_in_the_accepted_media_type_and_is_never_cached()
    {
        var (response, body) = await PostAsync(Query("{ hello }"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("world", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0, application/json", "application/json")]
    public async Task Content_negotiation_prefers_graphql_response_json_and_falls_back_to_json(string? accept, string expected)
    {
        var (response, _) = await PostAsync(Query("{ hello }"), accept);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("{ nope }", GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("{ nope }", "application/json", HttpStatusCode.OK)]
    [InlineData("{", GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("{", "application/json", HttpStatusCode.OK)]
    [InlineData("query A { hello } query B { hello }", GraphQLResponse, HttpStatusCode.BadRequest)]
    public async Task Request_errors_answer_400_with_graphql_response_json_and_200_with_legacy_json(string query, string accept, HttpStatusCode expected)
    {
        var (response, body) = await PostAsync(Query(query), accept);
        Assert.Equal(expected, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.True(body.GetProperty("errors").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Variable_coercion_failure_is_a_request_error()
    {
        var (response, body) = await PostAsync(Query("query($t: String!) { echo(text: $t) }", new { t = 5 }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("{ \"not json")]
    [InlineData("[]")]
    [InlineData("{\"query\": 1}")]
    [InlineData("{\"qeury\": \"{ hello }\"}")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": \"x\"}")]
    [InlineData("{\"query\": \"{ hello }\", \"extensions\": [1]}")]
    [InlineData("{\"query\": \"{ hello }\", \"operationName\": false}")]
    [InlineData("{\"query\": \"\\ud800\"}")]
    public async Task Malformed_requests_answer_400_whatever_the_media_type(string json)
    {
        foreach (var accept in new[] { GraphQLResponse, "application/json" })
        {
            var (response, body) = await PostAsync(json, accept);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("BAD_REQUEST", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=abc")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task A_cookie_carrying_form_cannot_post_a_mutation(string contentType)
    {
        // Browsers send these cross-site without a CORS preflight, so they must never execute.
        var (response, _) = await PostAsync(Query("mutation { bump }"), contentType: contentType,
            configure: r => r.Headers.Add("Cookie", "session=abc"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Bodies_over_the_limit_answer_413_with_or_without_content_length()
    {
        string big = Query("{ hello } #" + new string('x', 20_000));
        var (response, _) = await PostAsync(big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);

        using var chunked = new HttpRequestMessage(HttpMethod.Post, _host.HttpUri)
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big))),
        };
        chunked.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        chunked.Headers.TransferEncodingChunked = true;
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await _client.SendAsync(chunked)).StatusCode);
    }

    [Fact]
    public async Task Get_runs_queries_but_never_mutations()
    {
        var query = await _client.GetAsync(_host.HttpUri + "?query=" + Uri.EscapeDataString("query($t: String!) { echo(text: $t) }")
            + "&variables=" + Uri.EscapeDataString("{\"t\":\"hi\"}"));
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Contains("\"echo\":\"hi\"", await query.Content.ReadAsStringAsync());

        var mutation = await _client.GetAsync(_host.HttpUri + "?query=" + Uri.EscapeDataString("mutation { bump }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
        Assert.Equal("POST", string.Join(",", mutation.Content.Headers.Allow));
    }

    [Fact]
    public async Task Other_methods_and_unacceptable_media_are_refused()
    {
        var put = await _client.PutAsync(_host.HttpUri, new StringContent(Query("{ hello }"), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        Assert.Contains("POST", put.Content.Headers.Allow);
        var (response, _) = await PostAsync(Query("{ hello }"), accept: "text/plain");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task The_caller_and_the_request_hook_reach_resolvers()
    {
        var (anonymous, body) = await PostAsync(Query("{ me path }"));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("me").ValueKind);
        Assert.Equal("/graphql", body.GetProperty("data").GetProperty("path").GetString());
        var (_, signedIn) = await PostAsync(Query("{ me }"), configure: r => r.Headers.Add("X-Test-User", "alice"));
        Assert.Equal("alice", signedIn.GetProperty("data").GetProperty("me").GetString());
    }

    [Fact]
    public async Task A_resolver_exception_is_an_internal_error_without_its_details()
    {
        var (response, body) = await PostAsync(Query("{ fail hello }"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("INTERNAL", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("secret", body.ToString());
    }

    [Fact]
    public async Task A_subscription_over_http_is_pointed_to_the_websocket()
    {
        var (response, body) = await PostAsync(Query("subscription { ticks(count: 1) }"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("WebSocket", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(0, _host.RunningTicks);
    }
}
