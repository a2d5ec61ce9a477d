using JointMeeting.Domain.Common.Import;
using JointMeeting.Domain.Organisations;
using JointMeeting.Domain.Reporting;
using JointMeeting.Domain.Reporting.Import;

namespace JointMeeting.Domain.Tests.Reporting;

public class MemberCsvAndServiceRecordTests
{
    private static readonly Dictionary<string, KnownOrganisation> Orgs = new()
    {
        ["一社区"] = new(OrganisationKind.Community, "石井街道"),
        ["二社区"] = new(OrganisationKind.Community, "石井街道"),
        ["第一网格"] = new(OrganisationKind.Grid, "一社区"),
        ["3栋"] = new(OrganisationKind.Building, "第一网格"),
        ["区人民医院"] = new(OrganisationKind.ResidentUnit, "一社区"),
    };

    private static readonly string[] Headers = ["姓名", "手机", "单位", "社区", "网格", "楼栋", "特长"];

    private static IReadOnlyList<IReadOnlyList<string>> Rows(params string[][] rows) => rows;

    [Fact]
    public void A_valid_row_with_skills_in_chinese_and_english()
    {
        var result = MemberCsv.Validate(Headers, Rows(["张三华", "13812341234", "区人民医院", "一社区", "第一网格", "3栋", "医疗、维修,IT，医疗"]),
            Orgs, new HashSet<string>());
        Assert.True(result.IsValid);
        Assert.Equal(new[] { Skill.Medical, Skill.Repair, Skill.IT }, result.Rows[0].Value.Skills);
        Assert.Equal(2, result.Rows[0].Row);
    }

    [Fact]
    public void English_headers_are_accepted()
    {
        var result = MemberCsv.Validate(["name", "phone", "unit", "community", "email"],
            Rows(["李四", "13900001111", "区人民医院", "二社区", "li@example.com"]), Orgs, new HashSet<string>());
        Assert.Equal("li@example.com", Assert.Single(result.Rows).Value.Email);
    }

    [Fact]
    public void Each_bad_cell_is_reported()
    {
        var result = MemberCsv.Validate(Headers, Rows(
            ["", "1381234", "不存在单位", "石井街道", "", "", "唱歌"],
            ["王五", "13812341234", "区人民医院", "二社区", "第一网格", "3栋", ""],
            ["赵六", "13700001111", "区人民医院", "一社区", "", "3栋", ""],
            ["钱七", "13600001111", "区人民医院", "一社区", "", "", ""]), Orgs, new HashSet<string> { "13812341234" });
        Assert.Equal(
        [
            new ImportRowError(2, "姓名", "姓名不能为空"),
            new ImportRowError(2, "手机", "手机号“1381234”格式不正确"),
            new ImportRowError(2, "单位", "单位“不存在单位”不存在"),
            new ImportRowError(2, "社区", "社区“石井街道”不存在"),
            new ImportRowError(2, "特长", "未知的特长“唱歌”（可选：医疗、法律、教育、维修、心理、IT、养老护理、文体、其他）"),
            new ImportRowError(3, "手机", "手机号“13812341234”已被使用或在本文件中重复"),
            new ImportRowError(3, "网格", "网格“第一网格”不在社区“二社区”内"),
            new ImportRowError(4, "楼栋", "填写楼栋时须同时填写网格"),
        ], result.Errors);
        Assert.Equal(5, Assert.Single(result.Rows).Row);
    }

    [Fact]
    public void Missing_required_columns()
    {
        var result = MemberCsv.Validate(["姓名", "手机"], Rows(["张三", "13812341234"]), Orgs, new HashSet<string>());
        Assert.Equal(["单位", "社区"], result.Errors.Select(e => e.Column));
    }

    [Fact]
    public void Quarters()
    {
        Assert.Equal(new Quarter(2026, 1), Quarter.Of(new DateOnly(2026, 3, 31)));
        Assert.Equal(new DateOnly(2026, 4, 1), new Quarter(2026, 2).FirstDay);
        Assert.Equal(new DateOnly(2026, 12, 31), new Quarter(2026, 4).LastDay);
        Assert.Equal("2026-Q3", new Quarter(2026, 3).ToString());
    }

    [Fact]
    public void Service_record_adds_each_source_once()
    {
        var at = new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.FromHours(8));
        var record = ServiceRecord.Empty("p-member", new Quarter(2026, 1), "u1", "c1")
            .Add(new ServiceEntry(ServiceEntryKind.WishFulfilled, "wish-1", "修门锁", at, 0, 0))
            .Add(new ServiceEntry(ServiceEntryKind.VolunteerHours, "post-1", "垃圾分类督导", at, 2.5m, 0))
            .Add(new ServiceEntry(ServiceEntryKind.PointsAwarded, "wish-1", "微心愿积分", at, 0, 5))
            .Add(new ServiceEntry(ServiceEntryKind.WishFulfilled, "wish-1", "修门锁", at, 0, 0));
        Assert.Equal((1, 2.5m, 5, 3), (record.WishesFulfilled, record.VolunteerHours, record.Points, record.Entries.Count));
    }
}
