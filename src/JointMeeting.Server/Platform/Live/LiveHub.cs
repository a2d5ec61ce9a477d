using JointMeeting.Server.Platform.Auth;
using Microsoft.AspNetCore.SignalR;

namespace JointMeeting.Server.Platform.Live;

/// <summary>
/// /hubs/live. Clients join the groups of the pages they show; the server sends "changed" with a
/// <see cref="LiveNotice"/>. Signed-in users only; a person group can be joined only by that person.
/// </summary>
public sealed class LiveHub(CurrentActor actors) : Hub
{
    public const string ChangedMethod = "changed";
    private const int MaxGroupsPerCall = 50;

    public override async Task OnConnectedAsync()
    {
        var actor = await actors.FindAsync(Context.User!, Context.ConnectionAborted);
        if (actor is null) { Context.Abort(); return; }
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Person(actor.PersonId));
        await base.OnConnectedAsync();
    }

    public async Task<string[]> Join(string[] groups)
    {
        var actor = await actors.RequireAsync(Context.User!, Context.ConnectionAborted);
        var joined = new List<string>();
        foreach (var group in groups.Take(MaxGroupsPerCall))
        {
            if (!MayJoin(group, actor.PersonId)) continue;
            await Groups.AddToGroupAsync(Context.ConnectionId, group);
            joined.Add(group);
        }
        return [.. joined];
    }

    public async Task Leave(string[] groups)
    {
        foreach (var group in groups.Take(MaxGroupsPerCall))
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, group);
    }

    // Notices hold ids only, so organisation, committee and meeting groups are open to any signed-in user;
    // another person's own notices are not.
    private static readonly string[] OpenPrefixes = ["org:", "committee:", "meeting:"];

    private static bool MayJoin(string group, string personId) =>
        OpenPrefixes.Any(p => group.StartsWith(p, StringComparison.Ordinal)) || group == LiveGroups.Person(personId);
}
