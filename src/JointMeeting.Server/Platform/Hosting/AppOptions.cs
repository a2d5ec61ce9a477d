namespace JointMeeting.Server.Platform.Hosting;

/// <summary>App__BaseUrl: the public address people reach the product at, used for links in mail and invitations.</summary>
public sealed class AppOptions
{
    public const string Section = "App";

    public string BaseUrl { get; set; } = $"http://localhost:{ServerUrls.DefaultPort}";

    /// <summary>An absolute link to <paramref name="path"/> (e.g. "/meetings/42").</summary>
    public string Link(string path) => BaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
}
