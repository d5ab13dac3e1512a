namespace PartnerPortal.Domain.Rebates;

/// <summary>What a partner's purchases in the period are measured by to find the tier.</summary>
public enum RebateBasis
{
    /// <summary>Net shipped amount in yuan, after cancelled and returned value.</summary>
    NetAmount,
    /// <summary>Net shipped units, after returns.</summary>
    Quantity,
}
