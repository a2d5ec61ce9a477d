namespace JointMeeting.Domain.Common;

/// <summary>A person's personal fields (DOMAIN.md §5): shown whole only to those who need them.</summary>
public sealed record PersonalFields(string Name, string? Phone, string? Email, string? Address)
{
    public PersonalFields Masked() =>
        new(Masking.Name(Name), Masking.Phone(Phone), Masking.Email(Email), Masking.Address(Address));
}

/// <summary>
/// What the server knows about whose fields are read: where the person belongs (their approved
/// 双报到 community, else their account's home organisation), the unit they work for, and anyone a
/// feature lets in (e.g. the member who claimed a resident's wish).
/// </summary>
public sealed record PrivacySubject(
    string PersonId,
    OrgPath? PlacedIn = null,
    string? UnitId = null,
    IReadOnlyList<string>? ExtraViewerPersonIds = null);

/// <summary>Unmasked or not, and whether the server must record the view (who, whom, when).</summary>
public sealed record PrivacyDecision(bool Unmasked, bool RecordView, string Reason)
{
    public PersonalFields Apply(PersonalFields fields) => Unmasked ? fields : fields.Masked();
}

/// <summary>Who sees unmasked personal fields. Deny by default: anyone not listed gets the masked form.</summary>
public static class PrivacyPolicy
{
    public static PrivacyDecision Decide(Actor viewer, PrivacySubject subject)
    {
        // Reading one's own data is not a disclosure, and jobs (mail merge) are audited elsewhere.
        if (viewer.IsSystem) return new(true, false, "system");
        if (viewer.PersonId == subject.PersonId) return new(true, false, "self");
        // Secretaries of the person's community, its street and the district admin above them.
        if (subject.PlacedIn is { } place && viewer.IsSecretaryOver(place)) return new(true, true, "secretary");
        if (subject.UnitId is { } unit && viewer.IsContactOf(unit)) return new(true, true, "unit-contact");
        if (subject.ExtraViewerPersonIds?.Contains(viewer.PersonId) == true) return new(true, true, "granted");
        return new(false, false, "masked");
    }
}
