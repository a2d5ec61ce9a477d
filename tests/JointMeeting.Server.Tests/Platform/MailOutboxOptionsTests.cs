using JointMeeting.Server.Platform.Email;

namespace JointMeeting.Server.Tests.Platform;

public sealed class MailOutboxOptionsTests
{
    [Fact]
    public void Backoff_doubles_from_the_initial_wait_and_stops_at_the_cap()
    {
        var options = new MailOutboxOptions { InitialBackoff = TimeSpan.FromSeconds(10), MaxBackoff = TimeSpan.FromMinutes(1) };

        Assert.Equal(TimeSpan.FromSeconds(10), options.BackoffAfter(1));
        Assert.Equal(TimeSpan.FromSeconds(20), options.BackoffAfter(2));
        Assert.Equal(TimeSpan.FromSeconds(40), options.BackoffAfter(3));
        Assert.Equal(TimeSpan.FromMinutes(1), options.BackoffAfter(4));
        Assert.Equal(TimeSpan.FromMinutes(1), options.BackoffAfter(40));
    }
}
