using JointMeeting.Domain.Common;
using JointMeeting.Domain.Common.Import;

namespace JointMeeting.Domain.Organisations.Import;

public sealed record UnitImportRow(string Name, string LocatedIn, UnitDetails Details);

/// <summary>Rules for the resident units file (名称, 单位类型, 所在组织, 党组织名称, 联系人, 电话).</summary>
public static class UnitCsv
{
    public const string Name = "名称", UnitKind = "单位类型", LocatedIn = "所在组织", PartyOrganisation = "党组织名称",
        Contact = "联系人", Phone = "电话";

    public static readonly IReadOnlyList<CsvColumn> Columns =
    [
        new(Name, true, "name", "单位名称"),
        new(UnitKind, true, "unitKind", "类型", "kind"),
        new(LocatedIn, true, "locatedIn", "上级", "parent", "所在社区"),
        new(PartyOrganisation, true, "partyOrganisation", "党组织"),
        new(Contact, true, "contact", "联系人姓名"),
        new(Phone, true, "phone", "联系电话", "手机"),
    ];

    /// <param name="existing">Organisations already in the district (name → kind), units included.</param>
    public static ImportResult<UnitImportRow> Validate(
        IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows,
        IReadOnlyDictionary<string, OrganisationKind> existing)
    {
        var header = CsvHeader.Map(headers, Columns);
        if (header.Errors.Count > 0) return new([], header.Errors);
        var seen = new HashSet<string>(existing.Keys);
        var valid = new List<ImportRow<UnitImportRow>>();
        var errors = new List<ImportRowError>();
        foreach (var (row, cells) in CsvHeader.Numbered(rows))
        {
            var rowErrors = new List<ImportRowError>();
            void Fail(string column, string reason) => rowErrors.Add(new ImportRowError(row, column, reason));

            var name = header.Cell(cells, Name);
            if (name is null) Fail(Name, "名称不能为空");
            else if (!seen.Add(name)) Fail(Name, $"单位“{name}”已存在或在本文件中重复");

            var kindText = header.Cell(cells, UnitKind);
            var kind = OrganisationTree.ParseUnitKind(kindText);
            if (kind is null)
                Fail(UnitKind, kindText is null ? "单位类型不能为空" : $"未知的单位类型“{kindText}”（可选：{string.Join("、", OrganisationTree.UnitKindLabels.Values)}）");

            var locatedIn = header.Cell(cells, LocatedIn);
            OrganisationCsv.CheckParent(OrganisationKind.ResidentUnit, locatedIn, existing, Fail, LocatedIn);

            var party = header.Cell(cells, PartyOrganisation);
            if (party is null) Fail(PartyOrganisation, "党组织名称不能为空");
            var contact = header.Cell(cells, Contact);
            if (contact is null) Fail(Contact, "联系人不能为空");
            var phone = header.Cell(cells, Phone);
            if (phone is null) Fail(Phone, "电话不能为空");
            else if (!ContactFormats.IsPhone(phone)) Fail(Phone, $"电话“{phone}”格式不正确");

            if (rowErrors.Count == 0)
                valid.Add(new(row, new UnitImportRow(name!, locatedIn!,
                    new UnitDetails(kind!.Value, party!, new UnitContactPerson(contact!, phone!)))));
            errors.AddRange(rowErrors);
        }
        return new(valid, errors);
    }
}
