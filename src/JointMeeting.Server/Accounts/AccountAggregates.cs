using JointMeeting.Domain.Accounts;
using JointMeeting.Server.Platform.Commands;

namespace JointMeeting.Server.Accounts;

public static class AccountAggregates
{
    /// <summary>Streams "account-{accountId}" (<see cref="AccountStream.Id"/>).</summary>
    public static readonly Aggregate<IAccountCommand, IAccountEvent, Account, AccountDecider> Accounts =
        Aggregate.Of<IAccountCommand, IAccountEvent, Account, AccountDecider>("account");
}
