using JointMeeting.Domain.Accounts;
using JointMeeting.Domain.Common;
using static JointMeeting.Domain.Tests.Organisations.TestTree;

namespace JointMeeting.Domain.Tests.Accounts;

/// <summary>A member account at home in c1, holding the Member role there.</summary>
public static class AccountTestData
{
    public static readonly PersonProfile Profile = new("张三华", "13812341234", "zs@example.com", "石井街一社区3栋2单元501");

    public static readonly AccountRegistered Registered =
        new("acc1", "p-zhang", "zhangsan", Profile, "HASH1", "c1", "p-community", Now);

    public static readonly RoleGranted MemberGranted = new("acc1", Role.Member, "c1", "p-community", Now);

    public static readonly AccountPlacement InC1 = new(C1, new Dictionary<string, OrgPath> { ["c1"] = C1 });

    /// <summary>The account's own owner, as the server builds the actor at login.</summary>
    public static readonly Actor Owner = new("acc1", "p-zhang", [new RoleGrant(Role.Member, "c1")]);
}
