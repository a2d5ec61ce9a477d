namespace JointMeeting.GraphQL.Transport;

/// <summary>What the response body will be, chosen from the request's <c>Accept</c> header.</summary>
public enum ResponseMediaType
{
    /// <summary>No acceptable type: answer 406.</summary>
    None,

    /// <summary><c>application/graphql-response+json</c>: request errors answer 400.</summary>
    GraphQLResponseJson,

    /// <summary>Legacy <c>application/json</c>: every well-formed request answers 200.</summary>
    Json,

    /// <summary>A browser page (<c>text/html</c>): GraphiQL.</summary>
    Html,
}

/// <summary>Media types of GraphQL over HTTP and a small, allocation-free <c>Accept</c> negotiation.</summary>
public static class MediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string GraphQLResponseJsonUtf8 = "application/graphql-response+json; charset=utf-8";
    public const string JsonUtf8 = "application/json; charset=utf-8";

    /// <summary>
    /// Picks the response type: <c>application/graphql-response+json</c> whenever it is accepted,
    /// then <c>application/json</c> (also for a missing header, <c>*/*</c> and <c>application/*</c>,
    /// as the GraphQL-over-HTTP spec asks), then <c>text/html</c>.
    /// </summary>
    public static ResponseMediaType Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept)) return ResponseMediaType.Json;
        bool json = false, html = false;
        var rest = accept.AsSpan();
        while (!rest.IsEmpty)
        {
            int comma = rest.IndexOf(',');
            var range = comma < 0 ? rest : rest[..comma];
            rest = comma < 0 ? [] : rest[(comma + 1)..];
            var type = MediaRange(range, out double quality);
            if (quality <= 0) continue;
            if (type.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)) return ResponseMediaType.GraphQLResponseJson;
            if (type.Equals(Json, StringComparison.OrdinalIgnoreCase) || type.Equals("*/*", StringComparison.Ordinal)
                || type.Equals("application/*", StringComparison.OrdinalIgnoreCase)) json = true;
            else if (type.Equals("text/html", StringComparison.OrdinalIgnoreCase)) html = true;
        }
        return json ? ResponseMediaType.Json : html ? ResponseMediaType.Html : ResponseMediaType.None;
    }

    /// <summary>
    /// True when a browser asks for a page: it accepts <c>text/html</c> (navigations list it first)
    /// and does not name a GraphQL response type.
    /// </summary>
    public static bool PrefersHtml(string? accept)
    {
        if (string.IsNullOrEmpty(accept)) return false;
        var span = accept.AsSpan();
        return span.Contains("text/html", StringComparison.OrdinalIgnoreCase)
            && !span.Contains(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)
            && !span.Contains(Json, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for a JSON request body: <c>application/json</c> or <c>application/graphql-response+json</c>, UTF-8 or unspecified charset.</summary>
    public static bool IsJsonRequest(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return false;
        var span = contentType.AsSpan();
        int semicolon = span.IndexOf(';');
        var type = (semicolon < 0 ? span : span[..semicolon]).Trim();
        if (!type.Equals(Json, StringComparison.OrdinalIgnoreCase) && !type.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            return false;
        if (semicolon < 0) return true;
        // Only UTF-8 is a JSON encoding we read; any other charset is refused rather than misread.
        foreach (var part in span[(semicolon + 1)..].ToString().Split(';'))
        {
            var kv = part.Split('=', 2);
            if (kv.Length == 2 && kv[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                var charset = kv[1].Trim().Trim('"');
                if (!charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
                    return false;
            }
        }
        return true;
    }

    private static ReadOnlySpan<char> MediaRange(ReadOnlySpan<char> range, out double quality)
    {
        quality = 1;
        int semicolon = range.IndexOf(';');
        if (semicolon < 0) return range.Trim();
        var type = range[..semicolon].Trim();
        var parameters = range[(semicolon + 1)..];
        while (!parameters.IsEmpty)
        {
            int next = parameters.IndexOf(';');
            var parameter = (next < 0 ? parameters : parameters[..next]).Trim();
            parameters = next < 0 ? [] : parameters[(next + 1)..];
            if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                && double.TryParse(parameter[2..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var q))
                quality = q;
        }
        return type;
    }
}
