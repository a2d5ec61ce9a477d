using JointMeeting.Domain.Common;
using JointMeeting.Domain.Common.Import;
using JointMeeting.Domain.Organisations;

namespace JointMeeting.Domain.Reporting.Import;

/// <summary>An organisation known by name in the district, with its parent's name (to check grid ⊂ community).</summary>
public sealed record KnownOrganisation(OrganisationKind Kind, string? ParentName);

public sealed record MemberImportRow(
    string Name, string Phone, string? Email, string Unit, string Community, string? Grid, string? Building, IReadOnlyList<Skill> Skills);

/// <summary>
/// Rules for the in-service members file (姓名, 手机, 单位, 社区, 网格, 楼栋, 特长, 邮箱). Each valid
/// row becomes an account and an approved-or-pending report, written by the server.
/// </summary>
public static class MemberCsv
{
    public const string Name = "姓名", Phone = "手机", Unit = "单位", Community = "社区", Grid = "网格", Building = "楼栋",
        Skills = "特长", Email = "邮箱";

    public static readonly IReadOnlyList<CsvColumn> Columns =
    [
        new(Name, true, "name", "displayName"),
        new(Phone, true, "phone", "mobile", "手机号"),
        new(Unit, true, "unit", "工作单位"),
        new(Community, true, "community", "报到社区"),
        new(Grid, false, "grid"),
        new(Building, false, "building"),
        new(Skills, false, "skills"),
        new(Email, false, "email"),
    ];

    private static readonly char[] SkillSeparators = ['、', ',', '，', ';', '；', '/', ' '];

    /// <param name="organisations">Organisations of the district by name.</param>
    /// <param name="existingPhones">Phones already used by accounts: a second account would be a duplicate person.</param>
    public static ImportResult<MemberImportRow> Validate(
        IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows,
        IReadOnlyDictionary<string, KnownOrganisation> organisations, IReadOnlySet<string> existingPhones)
    {
        var header = CsvHeader.Map(headers, Columns);
        if (header.Errors.Count > 0) return new([], header.Errors);
        var phones = new HashSet<string>(existingPhones);
        var valid = new List<ImportRow<MemberImportRow>>();
        var errors = new List<ImportRowError>();
        foreach (var (row, cells) in CsvHeader.Numbered(rows))
        {
            var rowErrors = new List<ImportRowError>();
            void Fail(string column, string reason) => rowErrors.Add(new ImportRowError(row, column, reason));
            bool IsA(string? name, OrganisationKind kind) => name is not null && organisations.TryGetValue(name, out var o) && o.Kind == kind;
            string? ParentOf(string name) => organisations.TryGetValue(name, out var o) ? o.ParentName : null;

            var name = header.Cell(cells, Name);
            if (name is null) Fail(Name, "姓名不能为空");
            else if (name.Length > 50) Fail(Name, "姓名不能超过50个字符");

            var phone = header.Cell(cells, Phone);
            if (phone is null) Fail(Phone, "手机不能为空");
            else if (!ContactFormats.IsMobile(phone)) Fail(Phone, $"手机号“{phone}”格式不正确");
            else if (!phones.Add(phone)) Fail(Phone, $"手机号“{phone}”已被使用或在本文件中重复");

            var email = header.Cell(cells, Email);
            if (email is not null && !ContactFormats.IsEmail(email)) Fail(Email, $"邮箱“{email}”格式不正确");

            var unit = header.Cell(cells, Unit);
            if (unit is null) Fail(Unit, "单位不能为空");
            else if (!IsA(unit, OrganisationKind.ResidentUnit)) Fail(Unit, $"单位“{unit}”不存在");

            var community = header.Cell(cells, Community);
            if (community is null) Fail(Community, "社区不能为空");
            else if (!IsA(community, OrganisationKind.Community)) Fail(Community, $"社区“{community}”不存在");

            var grid = header.Cell(cells, Grid);
            if (grid is not null && (!IsA(grid, OrganisationKind.Grid) || (community is not null && ParentOf(grid) != community)))
                Fail(Grid, $"网格“{grid}”不在社区“{community}”内");

            var building = header.Cell(cells, Building);
            if (building is not null && (grid is null || !IsA(building, OrganisationKind.Building) || ParentOf(building) != grid))
                Fail(Building, grid is null ? "填写楼栋时须同时填写网格" : $"楼栋“{building}”不在网格“{grid}”内");

            var skills = new List<Skill>();
            foreach (var text in (header.Cell(cells, Skills) ?? "").Split(SkillSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                if (SkillLabels.Parse(text) is { } skill) { if (!skills.Contains(skill)) skills.Add(skill); }
                else Fail(Skills, $"未知的特长“{text}”（可选：{string.Join("、", SkillLabels.All.Values)}）");
            }

            if (rowErrors.Count == 0)
                valid.Add(new(row, new MemberImportRow(name!, phone!, email, unit!, community!, grid, building, skills)));
            errors.AddRange(rowErrors);
        }
        return new(valid, errors);
    }
}
