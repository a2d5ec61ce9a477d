using JointMeeting.Domain.VolunteerPosts;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Platform.Seeds;
using JointMeeting.Server.Reporting;

namespace JointMeeting.Server.VolunteerPosts;

/// <summary>posts.json → PublishVolunteerPost and its slot steps, as "by" at the step's time (Reporting from the read model).</summary>
public sealed class VolunteerPostSeedSteps(CommandExecutor executor, IOrganisationDirectory organisations, IReportingDirectory reporting) : ISeedSteps
{
    public IReadOnlyCollection<string> Handles { get; } =
        ["PublishVolunteerPost", "ClaimVolunteerSlot", "CancelVolunteerSlot", "CheckInVolunteer", "CheckOutVolunteer", "MarkVolunteerNoShow", "CloseVolunteerPost"];

    public async Task RunAsync(SeedStep s, SeedContext context, CancellationToken ct)
    {
        var actor = await context.ActorAsync(s.By, ct);
        var id = context.Id(s.RecordKey);
        IVolunteerPostCommand command = s.Do switch
        {
            "PublishVolunteerPost" => new PublishVolunteerPost(actor, s.At, id, (await organisations.GetAsync(context.Id(s.Required("community")), "社区", ct)).Path,
                s.Bool("widenToStreet") ?? false, s.Required("title"), s.Required("place"), s.As<VolunteerPostCategory>("category"),
                context.Time(s.Required("startsAt")), context.Time(s.Required("endsAt")), s.Int("slots") ?? 1, s.Str("description")),
            "ClaimVolunteerSlot" => new ClaimVolunteerSlot(actor, s.At, id, (await reporting.FindMemberAsync(actor.PersonId, ct))?.Reporting),
            "CancelVolunteerSlot" => new CancelVolunteerSlot(actor, s.At, id),
            "CheckInVolunteer" => new CheckInVolunteer(actor, s.At, id),
            "CheckOutVolunteer" => new CheckOutVolunteer(actor, s.At, id),
            "MarkVolunteerNoShow" => new MarkVolunteerNoShow(actor, s.At, id, context.PersonId(s.Required("member"))),
            _ => new CloseVolunteerPost(actor, s.At, id, s.Str("reason")),
        };
        await executor.ExecuteAsync(VolunteerPostService.Posts, id, command, new WriteOptions(Actor: actor), ct);
    }
}
