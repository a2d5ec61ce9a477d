using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JointMeeting.Server.Tests.Support;

/// <summary>A GraphQL-over-HTTP client with its own cookie jar, like one browser tab.</summary>
public sealed class GraphQLClient : IDisposable
{
    private readonly HttpClient _http;

    public GraphQLClient(Uri baseAddress)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, UseCookies = true }) { BaseAddress = baseAddress };
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
    }

    public CookieContainer Cookies { get; }

    public HttpClient Http => _http;

    /// <summary>Posts an operation; returns the whole response body (data and errors) and the HTTP status.</summary>
    public async Task<GraphQLResponse> SendAsync(string query, object? variables = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null) body["variables"] = JsonSerializer.SerializeToNode(variables);
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync("graphql", content);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Posts an operation that must succeed; returns its data (fails the test with the errors otherwise).</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await SendAsync(query, variables);
        if (response.Errors.Count > 0) Assert.Fail($"GraphQL errors: {response.Body}");
        return response.Data;
    }

    public async Task LoginAsync(string username, string password)
    {
        var response = await SendAsync(
            "mutation($input: LoginInput!) { login(input: $input) { id } }",
            new { input = new { username, password } });
        if (response.Errors.Count > 0) Assert.Fail($"login as {username} failed: {response.Body}");
    }

    public void Dispose() => _http.Dispose();
}

public sealed record GraphQLResponse(int Status, JsonElement Body)
{
    public JsonElement Data => Body.TryGetProperty("data", out var data) ? data : default;

    public IReadOnlyList<JsonElement> Errors =>
        Body.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().ToList() : [];

    /// <summary>extensions.code of the first error, or null.</summary>
    public string? Code => Errors.Count == 0 ? null
        : Errors[0].TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var code) ? code.GetString() : null;
}
