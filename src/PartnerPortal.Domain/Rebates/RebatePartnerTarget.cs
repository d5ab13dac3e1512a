namespace PartnerPortal.Domain.Rebates;

/// <summary>Which partners of the policy's regions a policy applies to.</summary>
public enum RebatePartnerTarget
{
    /// <summary>Every partner in the policy's regions.</summary>
    Regions,
    /// <summary>Partners of the chosen tiers in the policy's regions.</summary>
    Tiers,
    /// <summary>The named partners, all in the policy's regions.</summary>
    Partners,
}
