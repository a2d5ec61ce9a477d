using JointMeeting.Server.Tests.Support;

namespace JointMeeting.Server.Tests.MicroWishes;

/// <summary>One server (no demo) with one world of 200 reporting members, shared by a test class.</summary>
public sealed class WishWorldFixture : IAsyncLifetime
{
    public AppHost Host { get; private set; } = null!;
    public ServiceWorld World { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await AppHost.StartAsync(demo: false);
        // 200 for the concurrency proof (Take(200)); member 200 is the one whose session the session-end test ends.
        World = await ServiceWorld.CreateAsync(Host, members: 201, outsideMembers: 1);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

public static class WishOps
{
    public const string Claim = "mutation($input: ClaimWishInput!) { claimWish(input: $input) { id version status claimant { id } dueAt } }";
    public const string Release = "mutation($input: ReleaseWishInput!) { releaseWish(input: $input) { id version status } }";
    public const string Fulfil = "mutation($input: FulfilWishInput!) { fulfilWish(input: $input) { id version status fulfilNote photos { id url contentType } } }";
    public const string Confirm = "mutation($input: ConfirmWishInput!) { confirmWish(input: $input) { id version status rating thanks } }";
    public const string Wish = """
        query($id: ID!) { wish(id: $id) { id version status title claimant { id displayName }
          resident { name phone address masked } history { version event action by { id } at detail } } }
        """;
}
