using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;

namespace JointMeeting.Domain.Committees;

/// <summary>
/// Who may set up and run a committee, in one place. Setting it up (create, rename) belongs to those
/// above its organisation (the district admin sets up street committees, the street secretary its
/// communities'); running it (members, convener, cadence) also to the organisation's own secretary.
/// The system (seeds) may do both. Deny by default.
/// </summary>
public static class CommitteePolicy
{
    public static bool CanSetUp(Actor actor, CommitteeLevel level, OrgPath path) =>
        actor.IsSystem || actor.IsSecretaryOver(Above(level, path));

    public static bool CanRun(Actor actor, OrgPath path) => actor.IsSystem || actor.IsSecretaryOver(path);

    // A district committee has nobody above it in the product, so its own admin sets it up.
    private static OrgPath Above(CommitteeLevel level, OrgPath path) => level switch
    {
        CommitteeLevel.Community => path with { CommunityId = null },
        CommitteeLevel.Street => path with { StreetId = null, CommunityId = null },
        _ => path,
    };
}
