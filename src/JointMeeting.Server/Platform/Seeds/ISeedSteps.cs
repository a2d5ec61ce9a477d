using System.Text.Json;

namespace JointMeeting.Server.Platform.Seeds;

/// <summary>
/// One entry of the demo timeline: a record's creating command (StepIndex −1) or one of its steps. Data
/// is the step object for a step, the record for a creating command; Record is always the whole record.
/// </summary>
public sealed record SeedStep(
    string Do, DateTimeOffset At, string By, JsonElement Record, JsonElement Data, string File, string RecordKey, int StepIndex)
{
    public bool IsRecord => StepIndex < 0;

    /// <summary>"Reporting/member-reports.json memberreport:demo-member step 2 (ApproveMemberReport)" for messages.</summary>
    public override string ToString() => $"{File} {RecordKey} {(IsRecord ? "record" : $"step {StepIndex + 1}")} ({Do})";

    public string? Str(string name) => Data.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public string Required(string name) => Str(name) ?? throw new InvalidDataException($"{this}: \"{name}\" is missing");

    public string? RecordStr(string name) => Record.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public JsonElement? Prop(string name) =>
        Data.TryGetProperty(name, out var v) && v.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) ? v : null;

    public int? Int(string name) => Prop(name) is { ValueKind: JsonValueKind.Number } v ? v.GetInt32() : null;

    public bool? Bool(string name) => Prop(name) is { ValueKind: JsonValueKind.True or JsonValueKind.False } v ? v.GetBoolean() : null;

    /// <summary>The value bound to T the way the seeds spell it (camelCase fields, enum member names).</summary>
    public T? As<T>(string name) => Prop(name) is { } v ? v.Deserialize<T>(SeedContext.Json) : default;
}

/// <summary>
/// A feature's part of the demo loader: the <c>do</c> names it runs (record commands such as
/// "CreateOrganisation" and step names such as "ApproveMemberReport"). Register with
/// <c>services.AddSingleton&lt;ISeedSteps, XSeedSteps&gt;()</c>; run each step through the CommandExecutor as
/// <c>await context.ActorAsync(step.By)</c> with Now = <c>step.At</c>.
/// </summary>
public interface ISeedSteps
{
    IReadOnlyCollection<string> Handles { get; }

    Task RunAsync(SeedStep step, SeedContext context, CancellationToken ct);
}
