using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using JointMeeting.Domain.Accounts;
using JointMeeting.Domain.Common;
using JointMeeting.Server.Platform.Commands;

namespace JointMeeting.Server.Platform.Seeds;

/// <summary>
/// What a seed step needs besides its data: stable ids for keys, times against the load moment, the
/// actor named by "by", the demo password hash, every record by key, and a bag for a feature's own facts.
/// </summary>
public sealed class SeedContext(
    IServiceProvider services, DateTimeOffset loadMoment, IReadOnlyDictionary<string, JsonElement> records, Lazy<string> demoPasswordHash)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public IServiceProvider Services { get; } = services;

    public CommandExecutor Executor => Services.GetRequiredService<CommandExecutor>();

    public DateTimeOffset LoadMoment { get; } = loadMoment;

    /// <summary>PasswordHasher over JM_DEMO_PASSWORD or "JointMeeting!2026", hashed once for every demo account.</summary>
    public string DemoPasswordHash => demoPasswordHash.Value;

    /// <summary>Facts a feature keeps between its steps (e.g. agenda item ids); keys should start with the feature name.</summary>
    public IDictionary<string, object> Items { get; } = new Dictionary<string, object>();

    /// <summary>
    /// The id generated for a key: derived from the key itself, so a reload of the demo gives the same ids.
    /// For an "acct:" key this is the account id; <see cref="PersonId"/> gives its person.
    /// </summary>
    public string Id(string key) => Derive(key);

    /// <summary>The person of an "acct:" or "person:" key.</summary>
    public string PersonId(string key) => key.StartsWith("acct:", StringComparison.Ordinal) ? Derive(key + "#person") : Derive(key);

    public DateTimeOffset Time(string text) => SeedTime.Time(text, LoadMoment);

    public DateOnly Date(string text) => SeedTime.Date(text, LoadMoment);

    /// <summary>Any record of any seed file by its key (persons.json for committee seats, accounts for names…).</summary>
    public JsonElement Record(string key) =>
        records.TryGetValue(key, out var r) ? r : throw new InvalidDataException($"no seed record has the key \"{key}\"");

    public bool HasRecord(string key) => records.ContainsKey(key);

    /// <summary>"system" → Actor.System; "acct:x" → that account's person and role grants as they stand now.</summary>
    public async Task<Actor> ActorAsync(string? by, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(by) || by == "system") return Actor.System;
        if (!by.StartsWith("acct:", StringComparison.Ordinal)) throw new InvalidDataException($"\"by\" must be \"system\" or an acct: key, not \"{by}\"");
        var loaded = await Executor.LoadAsync(Accounts, Id(by), ct);
        return loaded.State?.ToActor() ?? throw new InvalidDataException($"the account {by} does not exist yet");
    }

    private static readonly Aggregate<IAccountCommand, IAccountEvent, Account, AccountDecider> Accounts =
        Aggregate.Of<IAccountCommand, IAccountEvent, Account, AccountDecider>("account");

    private static string Derive(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("jointmeeting-seed:" + key));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8 (custom), so it never collides with generated v7 ids
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }
}
