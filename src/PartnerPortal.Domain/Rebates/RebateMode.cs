namespace PartnerPortal.Domain.Rebates;

/// <summary>How the tiers' rates combine once a tier is reached.</summary>
public enum RebateMode
{
    /// <summary>The reached tier's rate applies to the whole basis, back to the first yuan or unit.</summary>
    Retroactive,
    /// <summary>Each band between two thresholds is paid at its own rate, like tax brackets.</summary>
    Incremental,
}
