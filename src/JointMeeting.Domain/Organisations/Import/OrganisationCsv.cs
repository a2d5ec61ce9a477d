using JointMeeting.Domain.Common.Import;

namespace JointMeeting.Domain.Organisations.Import;

/// <summary>A valid row of the organisations file; the parent is named, the server resolves it to an id.</summary>
public sealed record OrganisationImportRow(string Name, OrganisationKind Kind, string? ParentName);

/// <summary>
/// Rules for the organisations file (名称, 类型, 上级). Names identify organisations inside one
/// district, so a parent must already exist or come on an earlier row; units have their own file.
/// </summary>
public static class OrganisationCsv
{
    public const string Name = "名称", Kind = "类型", Parent = "上级";

    public static readonly IReadOnlyList<CsvColumn> Columns =
    [
        new(Name, true, "name"),
        new(Kind, true, "kind", "type"),
        new(Parent, false, "parent"),
    ];

    /// <param name="existing">Organisations already in the district: name → kind.</param>
    public static ImportResult<OrganisationImportRow> Validate(
        IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows,
        IReadOnlyDictionary<string, OrganisationKind> existing)
    {
        var header = CsvHeader.Map(headers, Columns);
        if (header.Errors.Count > 0) return new([], header.Errors);
        var known = new Dictionary<string, OrganisationKind>(existing);
        var valid = new List<ImportRow<OrganisationImportRow>>();
        var errors = new List<ImportRowError>();
        foreach (var (row, cells) in CsvHeader.Numbered(rows))
        {
            var rowErrors = new List<ImportRowError>();
            void Fail(string column, string reason) => rowErrors.Add(new ImportRowError(row, column, reason));

            var name = header.Cell(cells, Name);
            if (name is null) Fail(Name, "名称不能为空");
            else if (name.Length > 100) Fail(Name, "名称不能超过100个字符");
            else if (known.ContainsKey(name)) Fail(Name, $"组织“{name}”已存在或在本文件中重复");

            var kindText = header.Cell(cells, Kind);
            var kind = OrganisationTree.ParseKind(kindText);
            if (kind is null) Fail(Kind, kindText is null ? "类型不能为空" : $"未知的类型“{kindText}”（可选：区、街道、社区、网格、楼栋、经济联合社）");
            else if (kind == OrganisationKind.ResidentUnit) Fail(Kind, "驻区单位请使用单位导入文件");

            var parent = header.Cell(cells, Parent);
            if (kind is { } k && k != OrganisationKind.ResidentUnit)
                CheckParent(k, parent, known, Fail);

            if (rowErrors.Count == 0)
            {
                known[name!] = kind!.Value;
                valid.Add(new(row, new OrganisationImportRow(name!, kind.Value, parent)));
            }
            errors.AddRange(rowErrors);
        }
        return new(valid, errors);
    }

    /// <summary>Shared with the units file: the parent must be known and of a kind the child may hang under.</summary>
    internal static void CheckParent(
        OrganisationKind kind, string? parent, IReadOnlyDictionary<string, OrganisationKind> known, Action<string, string> fail,
        string column = Parent)
    {
        if (kind == OrganisationKind.District)
        {
            if (parent is not null) fail(column, "区不能有上级");
            return;
        }
        if (parent is null) fail(column, "上级不能为空");
        else if (!known.TryGetValue(parent, out var parentKind)) fail(column, $"上级“{parent}”不存在（须为已有组织或在前面的行中）");
        else if (!OrganisationTree.MayHang(kind, parentKind))
            fail(column, $"{OrganisationTree.Label(kind)}不能隶属于{OrganisationTree.Label(parentKind)}“{parent}”");
    }
}
