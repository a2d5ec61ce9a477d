using JointMeeting.Domain.Common;
using static JointMeeting.Domain.Tests.Organisations.TestTree;

namespace JointMeeting.Domain.Tests.Organisations;

/// <summary>Common's address/email masks and PrivacyPolicy, added for issue 4.</summary>
public class MaskingAndPrivacyTests
{
    [Theory]
    [InlineData("石井街某某社区3栋2单元501", "3栋")]
    [InlineData("幸福路8号12幢302", "12幢")]
    [InlineData("滨江花园B座1201", "B座")]
    [InlineData("阳光小区5号楼3单元", "5号楼")]
    [InlineData("石井街某某社区", "****")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Address_keeps_only_the_building(string? address, string masked) => Assert.Equal(masked, Masking.Address(address));

    [Theory]
    [InlineData("zhangsan@example.com", "z***@example.com")]
    [InlineData("bad", "****")]
    [InlineData(null, "")]
    public void Email_keeps_first_letter_and_domain(string? email, string masked) => Assert.Equal(masked, Masking.Email(email));

    private static readonly PersonalFields Fields = new("张三华", "13812341234", "zs@example.com", "石井街某某社区3栋2单元501");
    private static readonly PrivacySubject Subject = new("p-zhang", C1, "u1");

    [Fact]
    public void Self_sees_everything_without_a_record()
    {
        var decision = PrivacyPolicy.Decide(TestTree.Person("p-zhang", Role.Member, "c1"), Subject);
        Assert.Equal(new PrivacyDecision(true, false, "self"), decision);
        Assert.Equal(Fields, decision.Apply(Fields));
    }

    [Theory]
    [MemberData(nameof(InScope))]
    public void Secretaries_above_the_community_and_the_unit_contact_see_unmasked_and_are_recorded(Actor viewer)
    {
        var decision = PrivacyPolicy.Decide(viewer, Subject);
        Assert.True(decision.Unmasked);
        Assert.True(decision.RecordView);
    }

    public static TheoryData<Actor> InScope => [Admin, StreetSecretary, CommunitySecretary, UnitContact];

    [Theory]
    [MemberData(nameof(OutOfScope))]
    public void Everyone_else_sees_masked_fields(Actor viewer)
    {
        var decision = PrivacyPolicy.Decide(viewer, Subject);
        Assert.False(decision.Unmasked);
        Assert.Equal(new PersonalFields("张*华", "138****1234", "z***@example.com", "3栋"), decision.Apply(Fields));
    }

    public static TheoryData<Actor> OutOfScope => [OtherAdmin, OtherStreetSecretary, OtherCommunitySecretary, Member];

    [Fact]
    public void A_feature_may_let_someone_in()
    {
        var decision = PrivacyPolicy.Decide(Member, Subject with { ExtraViewerPersonIds = ["p-member"] });
        Assert.Equal(new PrivacyDecision(true, true, "granted"), decision);
    }

    [Fact]
    public void Without_a_placement_only_self_and_unit_contact_see_it() =>
        Assert.False(PrivacyPolicy.Decide(Admin, new PrivacySubject("p-zhang")).Unmasked);
}
