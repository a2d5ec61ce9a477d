using JointMeeting.Domain.Meetings;
using JointMeeting.Server.Platform.Seeds;

namespace JointMeeting.Server.Committees;

/// <summary>committees.json → CreateCommittee, AddStandingMember, AppointPartTimeMember, SetCadence (all at the record's time).</summary>
public sealed class CommitteeSeedSteps(CommitteeService committees) : ISeedSteps
{
    public IReadOnlyCollection<string> Handles { get; } = ["CreateCommittee"];

    private sealed record SeedPartTime(string Person, string From, string TermStart, string? TermEnd);

    public async Task RunAsync(SeedStep step, SeedContext context, CancellationToken ct)
    {
        var actor = await context.ActorAsync(step.By, ct);
        var id = context.Id(step.RecordKey);
        SeatInput Seat(string key)
        {
            if (key.StartsWith("acct:", StringComparison.Ordinal)) return new SeatInput(context.PersonId(key), null, null);
            var person = context.Record(key);
            return new SeatInput(context.PersonId(key), person.GetProperty("name").GetString(),
                person.TryGetProperty("email", out var email) ? email.GetString() : null);
        }
        await committees.CreateAsync(actor, new CreateCommitteeInput(step.As<CommitteeLevel>("level"), context.Id(step.Required("organisation")),
            step.Required("name"), Seat(step.Required("convener")), step.As<CadenceInput>("cadence"), null), ct, id, step.At);
        foreach (var key in step.As<List<string>>("standingMembers") ?? [])
            await committees.AddStandingMemberAsync(actor, new AddStandingMemberInput(id, Seat(key), null, null), ct, step.At);
        foreach (var p in step.As<List<SeedPartTime>>("partTimeMembers") ?? [])
            await committees.AppointPartTimeMemberAsync(actor, new AppointPartTimeMemberInput(id, Seat(p.Person), context.Id(p.From),
                context.Date(p.TermStart), p.TermEnd is null ? null : context.Date(p.TermEnd), null, null), ct, step.At);
        if (step.As<List<string>>("skippedDates") is { Count: > 0 } skipped)
            await committees.SetCadenceAsync(actor, new SetCadenceInput(id, step.As<CadenceInput>("cadence")!,
                skipped.Select(context.Date).ToList(), null, null), ct, step.At);
    }
}
