using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Domain.Statements;

namespace PartnerPortal.Infrastructure.Statements;

/// <summary>Who a statement is for, as its header shows them.</summary>
public sealed record StatementParty(int Id, string Code, string Name, string NameEn, PartnerType Type, PartnerTier Tier, string RegionName,
    string RegionNameEn);

/// <summary>
/// A partner's account for a date range: every invoice, payment and credit note with the running balance, the
/// ageing of what was open on the last day, and the credit standing then.
/// </summary>
public sealed record AccountStatement(
    StatementParty Partner, DateOnly From, DateOnly To, decimal OpeningBalance, IReadOnlyList<StatementLine> Lines,
    decimal ClosingBalance, AgeingBuckets Ageing, decimal CreditLimit, decimal AvailableCredit, DateTimeOffset GeneratedAt)
{
    public decimal TotalDebit => Lines.Sum(l => l.Debit);
    public decimal TotalCredit => Lines.Sum(l => l.Credit);
}

/// <summary>One policy version's accrual for one period on a rebate statement.</summary>
public sealed record RebateStatementRow(
    string PolicyCode, int VersionNumber, string PolicyName, string PeriodLabel, DateOnly PeriodStart, DateOnly PeriodEnd,
    RebateBasis Basis, RebateRateKind RateKind, decimal BasisAchieved, int TierReached, decimal? Rate, decimal Amount,
    decimal UncappedAmount, bool Capped, decimal? CapPerPeriod, DateTimeOffset? SettledAt, string? CreditNoteNumber)
{
    public bool Settled => SettledAt is not null;
}

/// <summary>
/// A partner's rebates for the periods that start within a date range, and the true-ups of settled periods posted within
/// it or made for its periods.
/// </summary>
public sealed record RebateStatement(StatementParty Partner, DateOnly From, DateOnly To, IReadOnlyList<RebateStatementRow> Rows,
    DateTimeOffset GeneratedAt)
{
    public IReadOnlyList<Rebates.RebateTrueUpRow> TrueUps { get; init; } = [];

    public decimal TotalAccrued => Rows.Sum(r => r.Amount);
    public decimal TotalSettled => Rows.Where(r => r.Settled).Sum(r => r.Amount);
    public decimal TotalOpen => TotalAccrued - TotalSettled;
    /// <summary>The true-ups' net effect: positive paid to the partner, negative clawed back.</summary>
    public decimal TotalTrueUps => TrueUps.Sum(t => t.Difference);
}

/// <summary>One order line in the order export: the order's columns repeated on each of its lines.</summary>
public sealed record OrderExportRow(
    string OrderNumber, DateTimeOffset SubmittedAt, OrderStatus Status, string PartnerCode, LocalName PartnerName, string Sku,
    string ProductName, string ProductNameEn, int Quantity, int ShippedQuantity, decimal UnitPrice, decimal LineTotal, decimal OrderTotal);
