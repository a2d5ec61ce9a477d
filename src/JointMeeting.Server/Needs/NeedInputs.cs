using JointMeeting.Domain.Needs;
using JointMeeting.Server.Meetings.Common;

namespace JointMeeting.Server.Needs;

public sealed record PostNeedInput(
    string OrganisationId, string Title, NeedCategory Category, string Description, string Place, Urgency Urgency,
    string WhatIsNeeded, int? QuantityNeeded, DateOnly Deadline, long? ExpectedVersion, string? ClientMutationId) : IWriteInput
{
    public NeedDraft Draft => new(Title, Category, Description, Place, Urgency, WhatIsNeeded, QuantityNeeded, Deadline);
}

public sealed record EditNeedInput(
    string NeedId, string Title, NeedCategory Category, string Description, string Place, Urgency Urgency,
    string WhatIsNeeded, int? QuantityNeeded, DateOnly Deadline, long? ExpectedVersion, string? ClientMutationId) : IWriteInput
{
    public NeedDraft Draft => new(Title, Category, Description, Place, Urgency, WhatIsNeeded, QuantityNeeded, Deadline);
}

/// <summary>closeNeed (Reason = note), withdrawNeed (Reason = reason).</summary>
public sealed record NeedActionInput(string NeedId, string? Note, string? Reason, long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

public sealed record ClaimNeedInput(string NeedId, string UnitId, string? Note, long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

/// <summary>confirm / decline (with reason) / withdraw a claim.</summary>
public sealed record NeedClaimInput(string NeedId, string ClaimId, string? Reason, long? ExpectedVersion, string? ClientMutationId) : IWriteInput;
