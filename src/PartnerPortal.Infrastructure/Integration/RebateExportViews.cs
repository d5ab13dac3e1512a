namespace PartnerPortal.Infrastructure.Integration;

/// <summary>One partner's rebate under one policy version in one period, for the ERP's ledger.</summary>
/// <param name="Id">The accrual's id; also the paging cursor.</param>
/// <param name="Basis">NetAmount (yuan shipped, net) or Quantity (units shipped, net): what the tiers are measured by.</param>
/// <param name="BasisAchieved">The period's figure in that basis.</param>
/// <param name="TierReached">1 for the first tier; 0 when no threshold was reached.</param>
/// <param name="Rate">The reached tier's rate: a percent (3 = 3 %) or yuan per unit, as <paramref name="RateKind"/> says.</param>
/// <param name="Amount">What the partner earned, after any cap.</param>
/// <param name="SettledAt">When the period was settled; until then the figures may still change as shipments come in.</param>
/// <param name="CreditNoteNumber">The credit note issued at settlement (none for a settled amount of 0).</param>
public sealed record ApiRebateAccrual(int Id, string PolicyCode, int PolicyVersion, string PolicyName, string PartnerCode, string PartnerName,
    DateOnly PeriodStart, DateOnly PeriodEnd, string Basis, decimal BasisAchieved, int TierReached, string RateKind, decimal? Rate,
    decimal Amount, bool Capped, DateTimeOffset CalculatedAt, DateTimeOffset? SettledAt, string? CreditNoteNumber);

/// <summary>A credit note issued to a partner when a rebate period was settled.</summary>
/// <param name="Id">The credit note's id; also the paging cursor.</param>
/// <param name="OpenAmount">What of the credit note is not yet applied to an invoice.</param>
public sealed record ApiRebateSettlement(int Id, string CreditNoteNumber, DateOnly Date, string PartnerCode, string PartnerName, decimal Amount,
    decimal OpenAmount, string PolicyCode, int PolicyVersion, DateOnly PeriodStart, DateOnly PeriodEnd, DateTimeOffset SettledAt);
