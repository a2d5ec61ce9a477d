using JointMeeting.Domain.Common.Import;
using JointMeeting.Domain.Organisations;
using JointMeeting.Domain.Organisations.Import;

namespace JointMeeting.Domain.Tests.Organisations;

public class OrganisationCsvTests
{
    private static readonly Dictionary<string, OrganisationKind> Existing = new()
    {
        ["秦都区"] = OrganisationKind.District,
        ["石井街道"] = OrganisationKind.Street,
    };

    private static IReadOnlyList<IReadOnlyList<string>> Rows(params string[][] rows) => rows;

    [Fact]
    public void Valid_rows_may_refer_to_earlier_rows()
    {
        var result = OrganisationCsv.Validate(["名称", "类型", "上级"], Rows(
            ["一社区", "社区", "石井街道"],
            ["第一网格", "网格", "一社区"],
            ["", "", ""],
            ["1号楼", "楼栋", "第一网格"],
            ["五联经联社", "经济联合社", "石井街道"]), Existing);
        Assert.True(result.IsValid);
        Assert.Equal([2, 3, 5, 6], result.Rows.Select(r => r.Row));
        Assert.Equal(new OrganisationImportRow("第一网格", OrganisationKind.Grid, "一社区"), result.Rows[1].Value);
    }

    [Fact]
    public void English_aliases_and_kind_names_are_accepted()
    {
        var result = OrganisationCsv.Validate(["\uFEFFName", "Type", "Parent", "备注"], Rows(["二社区", "Community", "石井街道", "x"]), Existing);
        Assert.True(result.IsValid);
        Assert.Equal(OrganisationKind.Community, result.Rows[0].Value.Kind);
    }

    [Fact]
    public void Missing_and_duplicate_headers_are_row_1_errors()
    {
        var result = OrganisationCsv.Validate(["名称", "name"], Rows(["一社区"]), Existing);
        Assert.Contains(new ImportRowError(1, "名称", "表头“名称”重复"), result.Errors);
        Assert.Contains(new ImportRowError(1, "类型", "缺少必填列“类型”"), result.Errors);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Each_bad_cell_is_reported_with_row_and_column()
    {
        var result = OrganisationCsv.Validate(["名称", "类型", "上级"], Rows(
            ["", "社区", "石井街道"],
            ["石井街道", "街道", "秦都区"],
            ["三社区", "村", "石井街道"],
            ["网格A", "网格", "石井街道"],
            ["网格B", "网格", "不存在社区"],
            ["某医院", "驻区单位", "石井街道"],
            ["四社区", "社区", ""]), Existing);
        Assert.Equal(
        [
            new ImportRowError(2, "名称", "名称不能为空"),
            new ImportRowError(3, "名称", "组织“石井街道”已存在或在本文件中重复"),
            new ImportRowError(4, "类型", "未知的类型“村”（可选：区、街道、社区、网格、楼栋、经济联合社）"),
            new ImportRowError(5, "上级", "网格不能隶属于街道“石井街道”"),
            new ImportRowError(6, "上级", "上级“不存在社区”不存在（须为已有组织或在前面的行中）"),
            new ImportRowError(7, "类型", "驻区单位请使用单位导入文件"),
            new ImportRowError(8, "上级", "上级不能为空"),
        ], result.Errors);
    }

    [Fact]
    public void A_row_that_failed_cannot_be_a_parent_later()
    {
        var result = OrganisationCsv.Validate(["名称", "类型", "上级"], Rows(
            ["坏社区", "社区", "没有的街道"],
            ["网格", "网格", "坏社区"]), Existing);
        Assert.Equal([2, 3], result.Errors.Select(e => e.Row));
    }

    [Fact]
    public void Units_file_checks_kind_location_and_contact()
    {
        var existing = new Dictionary<string, OrganisationKind>(Existing) { ["一社区"] = OrganisationKind.Community, ["第一网格"] = OrganisationKind.Grid };
        var result = UnitCsv.Validate(["名称", "单位类型", "所在组织", "党组织名称", "联系人", "电话"], Rows(
            ["区人民医院", "医院", "一社区", "区人民医院党委", "李四", "13800001111"],
            ["区人民医院", "医院", "一社区", "党委", "李四", "13800001111"],
            ["某公司", "外企", "第一网格", "", "王五", "123"]), existing);
        Assert.Single(result.Rows);
        Assert.Equal(UnitKind.Hospital, result.Rows[0].Value.Details.Kind);
        Assert.Equal("一社区", result.Rows[0].Value.LocatedIn);
        Assert.Equal(
        [
            new ImportRowError(3, "名称", "单位“区人民医院”已存在或在本文件中重复"),
            new ImportRowError(4, "单位类型", "未知的单位类型“外企”（可选：机关、事业单位、国企、非公企业、社会组织、物业公司、学校、医院）"),
            new ImportRowError(4, "所在组织", "驻区单位不能隶属于网格“第一网格”"),
            new ImportRowError(4, "党组织名称", "党组织名称不能为空"),
            new ImportRowError(4, "电话", "电话“123”格式不正确"),
        ], result.Errors);
    }

    [Fact]
    public void Units_file_accepts_english_headers()
    {
        var result = UnitCsv.Validate(["name", "unitKind", "locatedIn", "partyOrganisation", "contact", "phone"],
            Rows(["学校", "School", "石井街道", "学校党支部", "赵六", "0791-88881234"]), Existing);
        Assert.True(result.IsValid);
    }
}
