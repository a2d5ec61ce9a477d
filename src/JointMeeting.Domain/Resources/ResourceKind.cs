namespace JointMeeting.Domain.Resources;

/// <summary>资源类别 (DOMAIN.md §4.2).</summary>
public enum ResourceKind { Venue, Funds, ProfessionalService, Volunteers, Equipment }

public static class ResourceLabels
{
    public static readonly IReadOnlyDictionary<ResourceKind, string> Kinds = new Dictionary<ResourceKind, string>
    {
        [ResourceKind.Venue] = "场地",
        [ResourceKind.Funds] = "资金",
        [ResourceKind.ProfessionalService] = "专业服务",
        [ResourceKind.Volunteers] = "志愿者",
        [ResourceKind.Equipment] = "设备物资",
    };
}

/// <summary>A community's claim on a resource; Fulfilled = the resource was used (earns the unit points).</summary>
public enum ResourceClaimStatus { Pending, Confirmed, Fulfilled, Declined, Cancelled }

public static class ResourceClaimStatusExtensions
{
    /// <summary>Pending, confirmed and used claims take capacity; declined and cancelled ones give it back.</summary>
    public static bool TakesCapacity(this ResourceClaimStatus s) =>
        s is ResourceClaimStatus.Pending or ResourceClaimStatus.Confirmed or ResourceClaimStatus.Fulfilled;
}
