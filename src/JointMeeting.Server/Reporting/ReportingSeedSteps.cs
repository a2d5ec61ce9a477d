using JointMeeting.Domain.Reporting;
using JointMeeting.Server.Platform.Seeds;

namespace JointMeeting.Server.Reporting;

/// <summary>unit-reports.json and member-reports.json: requests and their decisions, through the same service as the API.</summary>
public sealed class ReportingSeedSteps(ReportingService reporting) : ISeedSteps
{
    public IReadOnlyCollection<string> Handles { get; } =
    [
        "RequestUnitReport", "ApproveUnitReport", "RejectUnitReport", "WithdrawUnitReport",
        "RequestMemberReport", "ApproveMemberReport", "RejectMemberReport", "WithdrawMemberReport", "UpdateServiceProfile",
    ];

    private sealed record SeedProfile(List<Skill>? Skills, List<string>? PreferredCategories, List<AvailabilitySlotInput>? Availability)
    {
        public ServiceProfileInput ToInput() => new(Skills, PreferredCategories, Availability);
    }

    public async Task RunAsync(SeedStep step, SeedContext context, CancellationToken ct)
    {
        var actor = await context.ActorAsync(step.By, ct);
        var reportId = context.Id(step.RecordKey);
        var action = new ReportActionInput(reportId, null, null);
        string? Key(string name) => step.Str(name) is { } k ? context.Id(k) : null;
        switch (step.Do)
        {
            case "RequestUnitReport":
                await reporting.RequestUnitReportAsync(actor, new RequestUnitReportInput(Key("unit")!, Key("target")!, step.Str("note"), null),
                    ct, reportId, step.At);
                break;
            case "RequestMemberReport":
                await reporting.RequestMemberReportAsync(actor, new RequestMemberReportInput(context.PersonId(step.Required("member")),
                    Key("community")!, Key("unit")!, Key("grid"), Key("building"), step.As<SeedProfile>("profile")?.ToInput(), null), ct, reportId, step.At);
                break;
            case "ApproveUnitReport": await reporting.ApproveUnitReportAsync(actor, action, ct, step.At); break;
            case "RejectUnitReport":
                await reporting.RejectUnitReportAsync(actor, new RejectReportInput(reportId, step.Required("reason"), null, null), ct, step.At);
                break;
            case "WithdrawUnitReport": await reporting.WithdrawUnitReportAsync(actor, action, ct, step.At); break;
            case "ApproveMemberReport": await reporting.ApproveMemberReportAsync(actor, action, ct, step.At); break;
            case "RejectMemberReport":
                await reporting.RejectMemberReportAsync(actor, new RejectReportInput(reportId, step.Required("reason"), null, null), ct, step.At);
                break;
            case "WithdrawMemberReport": await reporting.WithdrawMemberReportAsync(actor, action, ct, step.At); break;
            case "UpdateServiceProfile":
                var member = step.RecordStr("member") ?? throw new InvalidDataException($"{step}: the record names no member");
                await reporting.UpdateServiceProfileAsync(actor, new UpdateServiceProfileInput(step.As<SeedProfile>("profile")!.ToInput(), null, null),
                    ct, context.PersonId(member), step.At);
                break;
        }
    }
}
