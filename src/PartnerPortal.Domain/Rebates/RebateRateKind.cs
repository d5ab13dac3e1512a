namespace PartnerPortal.Domain.Rebates;

/// <summary>What a tier's rate means.</summary>
public enum RebateRateKind
{
    /// <summary>A percent of the basis: 3 means 3 %.</summary>
    Percent,
    /// <summary>Yuan per unit; only meaningful when the basis is <see cref="RebateBasis.Quantity"/>.</summary>
    AmountPerUnit,
}
