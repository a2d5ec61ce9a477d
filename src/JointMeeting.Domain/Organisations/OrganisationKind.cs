namespace JointMeeting.Domain.Organisations;

/// <summary>The nodes of the organisation tree (DOMAIN.md §2).</summary>
public enum OrganisationKind { District, Street, Community, Grid, Building, EconomicCooperative, ResidentUnit }

/// <summary>What a resident unit is; shown with its Chinese label.</summary>
public enum UnitKind
{
    GovernmentOrgan, PublicInstitution, StateOwnedEnterprise, NonPublicEnterprise,
    SocialOrganisation, PropertyCompany, School, Hospital,
}

/// <summary>Chinese labels users see and import files use, and where each kind may hang.</summary>
public static class OrganisationTree
{
    public static readonly IReadOnlyDictionary<OrganisationKind, string> KindLabels = new Dictionary<OrganisationKind, string>
    {
        [OrganisationKind.District] = "区",
        [OrganisationKind.Street] = "街道",
        [OrganisationKind.Community] = "社区",
        [OrganisationKind.Grid] = "网格",
        [OrganisationKind.Building] = "楼栋",
        [OrganisationKind.EconomicCooperative] = "经济联合社",
        [OrganisationKind.ResidentUnit] = "驻区单位",
    };

    public static readonly IReadOnlyDictionary<UnitKind, string> UnitKindLabels = new Dictionary<UnitKind, string>
    {
        [UnitKind.GovernmentOrgan] = "机关",
        [UnitKind.PublicInstitution] = "事业单位",
        [UnitKind.StateOwnedEnterprise] = "国企",
        [UnitKind.NonPublicEnterprise] = "非公企业",
        [UnitKind.SocialOrganisation] = "社会组织",
        [UnitKind.PropertyCompany] = "物业公司",
        [UnitKind.School] = "学校",
        [UnitKind.Hospital] = "医院",
    };

    /// <summary>A unit hangs where it is located: the district, a street or a community.</summary>
    public static IReadOnlyList<OrganisationKind> AllowedParents(OrganisationKind kind) => kind switch
    {
        OrganisationKind.District => [],
        OrganisationKind.Street => [OrganisationKind.District],
        OrganisationKind.Community => [OrganisationKind.Street],
        OrganisationKind.Grid => [OrganisationKind.Community],
        OrganisationKind.Building => [OrganisationKind.Grid],
        OrganisationKind.EconomicCooperative => [OrganisationKind.Street],
        OrganisationKind.ResidentUnit => [OrganisationKind.District, OrganisationKind.Street, OrganisationKind.Community],
        _ => [],
    };

    public static bool MayHang(OrganisationKind kind, OrganisationKind parentKind) => AllowedParents(kind).Contains(parentKind);

    public static string Label(OrganisationKind kind) => KindLabels[kind];

    public static string Label(UnitKind kind) => UnitKindLabels[kind];

    /// <summary>Parses a Chinese label or the English enum name (import files use both).</summary>
    public static OrganisationKind? ParseKind(string? text) => Parse(text, KindLabels);

    public static UnitKind? ParseUnitKind(string? text) => Parse(text, UnitKindLabels);

    private static T? Parse<T>(string? text, IReadOnlyDictionary<T, string> labels) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        foreach (var (kind, label) in labels)
            if (label == t) return kind;
        return Enum.TryParse<T>(t, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
    }
}
