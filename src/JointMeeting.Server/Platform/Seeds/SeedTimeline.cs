using System.Text.Json;

namespace JointMeeting.Server.Platform.Seeds;

/// <summary>
/// Reads seeds/ and expands every record into its creating command and its steps, sorted as the README
/// says: by (time, feature order, file order, record order, step order), stable.
/// </summary>
public static class SeedTimeline
{
    /// <summary>Feature folders with their files in load order, and the command each record becomes (null: no command).</summary>
    public static readonly IReadOnlyList<(string Folder, (string File, string? Command)[] Files)> Order =
    [
        ("Organisations", [("tree.json", "CreateOrganisation"), ("grids.json", "CreateOrganisation"), ("units.json", "CreateOrganisation")]),
        ("Accounts", [("accounts.json", "RegisterAccount")]),
        ("Reporting", [("unit-reports.json", "RequestUnitReport"), ("member-reports.json", "RequestMemberReport")]),
        ("Committees", [("persons.json", null), ("committees.json", "CreateCommittee")]),
        ("Needs", [("needs.json", "PostNeed")]),
        ("Resources", [("resources.json", "OfferResource")]),
        ("Projects", [("projects.json", "DraftProject")]),
        ("Agreements", [("agreements.json", "DraftAgreement")]),
        ("Meetings", [("shijing-dgw.json", "ScheduleMeeting"), ("jinbi-lhdw.json", "ScheduleMeeting")]),
        ("ActionItems", [("action-items.json", "CreateActionItem")]),
        ("MicroWishes", [("wishes.json", "SubmitWish")]),
        ("VolunteerPosts", [("posts.json", "PublishVolunteerPost")]),
    ];

    /// <summary>Features whose records run as the system when they name nobody ("by" omitted).</summary>
    private static readonly HashSet<string> SystemFeatures = ["Organisations", "Accounts", "Committees"];

    public sealed record Loaded(IReadOnlyList<SeedStep> Steps, IReadOnlyDictionary<string, JsonElement> Records, int Files);

    /// <param name="features">Only these feature folders (null: all).</param>
    public static Loaded Read(string directory, DateTimeOffset loadMoment, IReadOnlySet<string>? features = null)
    {
        var entries = new List<(SeedStep Step, int Feature, int File, int Record)>();
        var records = new Dictionary<string, JsonElement>();
        var files = 0;
        for (var f = 0; f < Order.Count; f++)
        {
            var (folder, folderFiles) = Order[f];
            if (features is not null && !features.Contains(folder)) continue;
            for (var i = 0; i < folderFiles.Length; i++)
            {
                var (file, command) = folderFiles[i];
                var path = Path.Combine(directory, folder, file);
                if (!File.Exists(path)) continue;
                files++;
                var name = $"{folder}/{file}";
                using var doc = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
                var r = 0;
                foreach (var record in doc.RootElement.EnumerateArray())
                {
                    var element = record.Clone();
                    var key = element.GetProperty("key").GetString() ?? throw new InvalidDataException($"{name}: a record without a key");
                    if (!records.TryAdd(key, element)) throw new InvalidDataException($"{name}: the key {key} is used twice");
                    var defaultBy = SystemFeatures.Contains(folder) ? "system" : null;
                    if (command is not null)
                    {
                        var at = TimeOf(element, name, key, loadMoment);
                        entries.Add((new SeedStep(command, at, ByOf(element, defaultBy, name, key), element, element, name, key, -1), f, i, r));
                    }
                    if (element.TryGetProperty("steps", out var steps))
                    {
                        var s = 0;
                        foreach (var step in steps.EnumerateArray())
                        {
                            var doName = step.GetProperty("do").GetString()!;
                            var at = TimeOf(step, name, key, loadMoment);
                            entries.Add((new SeedStep(doName, at, ByOf(step, defaultBy, name, key), element, step, name, key, s++), f, i, r));
                        }
                    }
                    r++;
                }
            }
        }
        // OrderBy is stable; the explicit keys spell out the README's order.
        var sorted = entries.OrderBy(e => e.Step.At).ThenBy(e => e.Feature).ThenBy(e => e.File).ThenBy(e => e.Record)
            .ThenBy(e => e.Step.StepIndex).Select(e => e.Step).ToList();
        return new Loaded(sorted, records, files);
    }

    private static DateTimeOffset TimeOf(JsonElement e, string file, string key, DateTimeOffset loadMoment)
    {
        var text = e.TryGetProperty("at", out var at) ? at.GetString() : null;
        if (text is null) throw new InvalidDataException($"{file} {key}: \"at\" is missing");
        try { return SeedTime.Time(text, loadMoment); }
        catch (FormatException ex) { throw new InvalidDataException($"{file} {key}: {ex.Message}"); }
    }

    private static string ByOf(JsonElement e, string? fallback, string file, string key) =>
        (e.TryGetProperty("by", out var by) ? by.GetString() : null) ?? fallback
        ?? throw new InvalidDataException($"{file} {key}: \"by\" is missing");
}
