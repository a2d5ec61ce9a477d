using JointMeeting.Server.Platform.Database;

namespace JointMeeting.Server.Accounts;

/// <summary>How to reach a person: for mail and for names shown next to their actions.</summary>
public sealed record PersonContact(string PersonId, string AccountId, string DisplayName, string? Email);

/// <summary>Implemented by the Accounts feature over its read model.</summary>
public interface IPeopleDirectory
{
    Task<PersonContact?> FindAsync(string personId, CancellationToken ct);

    /// <summary>The same lookup as a read that can share a round trip with others (see <see cref="ReadBatch"/>).</summary>
    BatchRead<PersonContact?> FindRead(string personId);

    Task<IReadOnlyDictionary<string, PersonContact>> FindManyAsync(IEnumerable<string> personIds, CancellationToken ct);

    /// <summary>The unit contacts (UnitContact grants) of a unit: who hears about the unit's claims and 双报告.</summary>
    Task<IReadOnlyList<PersonContact>> ContactsOfUnitAsync(string unitId, CancellationToken ct);
}
