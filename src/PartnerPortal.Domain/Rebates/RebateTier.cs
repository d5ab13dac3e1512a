namespace PartnerPortal.Domain.Rebates;

/// <summary>One step of a rebate scheme.</summary>
/// <param name="Threshold">The basis from which the tier applies: yuan for a net-amount basis, units for a quantity basis.</param>
/// <param name="Rate">A percent (3 means 3 %) or yuan per unit, as the scheme's <see cref="RebateRateKind"/> says.</param>
public sealed record RebateTier(decimal Threshold, decimal Rate);
