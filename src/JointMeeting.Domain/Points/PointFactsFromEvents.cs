using JointMeeting.Domain.MicroWishes;
using JointMeeting.Domain.VolunteerPosts;

namespace JointMeeting.Domain.Points;

/// <summary>
/// How the points projection turns this events into facts, kept here so the mapping is
/// tested with the rules. Facts from other features (action items, unit claims) are built the same way.
/// </summary>
public static class PointFactsFromEvents
{
    /// <summary>Title comes from the wish's WishSubmitted (the projection keeps it per wish).</summary>
    public static ConfirmedWishFact From(WishConfirmed confirmed, string? wishTitle = null) =>
        new(confirmed.MemberId, confirmed.WishId, confirmed.At, confirmed.Rating, wishTitle);

    /// <summary>Title defaults to the post's category label when the projection has no post title.</summary>
    public static VolunteerHoursFact From(VolunteerCheckedOut checkedOut, string? postTitle = null) =>
        new(checkedOut.MemberId, checkedOut.PostId, checkedOut.At, checkedOut.Hours, postTitle ?? checkedOut.Category.Label());
}
