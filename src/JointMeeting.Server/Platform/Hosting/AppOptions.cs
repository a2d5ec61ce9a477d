namespace JointMeeting.Server.Platform.Hosting;

/// <summary>App__BaseUrl: the public address people reach the product at, used for links in mail and invitations.</summary>
public sealed class AppOptions
{
    public const string Section = "App";

    public string BaseUrl { get; set; } = $"http://localhost:{ServerUrls.DefaultPort}";

    /// <summary>An absolute link to <paramref name="path"/> (e.g. "/meetings/42").</summary>
    public string Link(string path) => BaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
}

public static partial class AppDirectories
{
    /// <summary>
    /// The built web client: App__ClientDir, else client/dist of the repository this server was built in
    /// (found by walking up to JointMeeting.sln), else null (the API still works without it).
    /// </summary>
    public static string? Client(IConfiguration config) =>
        Existing(config["App:ClientDir"]) ?? Existing(FromRepository("client", "dist"));

    /// <summary>The built GraphiQL: App__GraphiQLDir, else client/graphiql/dist beside the client.</summary>
    public static string? GraphiQL(IConfiguration config) =>
        Existing(config["App:GraphiQLDir"])
        ?? (Client(config) is { } client ? Existing(Path.Combine(client, "..", "graphiql", "dist")) : null)
        ?? Existing(FromRepository("client", "graphiql", "dist"));

    private static string? Existing(string? dir) =>
        dir is not null && File.Exists(Path.Combine(dir, "index.html")) ? Path.GetFullPath(dir) : null;

    private static string? FromRepository(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "JointMeeting.sln")))
                return Path.Combine([dir.FullName, .. parts]);
        return null;
    }
}
