using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Credit.Rules;
using PartnerPortal.Domain.Statements;

namespace PartnerPortal.Infrastructure.Credit;

/// <summary>
/// A partner's credit at a glance, whether it may order right now (<see cref="Standing"/>), and its open invoices by days
/// past due today (<see cref="Ageing"/>, by the statements' rule).
/// </summary>
public sealed record CreditSummary(int PartnerId, string PartnerCode, LocalName PartnerName, decimal CreditLimit, decimal Balance,
    decimal ApprovedUninvoiced, decimal Exposure, decimal Available, CreditMode Mode, int PaymentTermsDays, int GraceDays,
    IReadOnlyList<OverdueInvoice> Overdue, CreditDecision Standing, AgeingBuckets? Ageing = null);

/// <summary>An unpaid invoice past its due date.</summary>
public sealed record OverdueInvoice(string Number, DateOnly Date, DateOnly DueDate, decimal OpenAmount, int DaysOverdue, bool BeyondGrace);

/// <summary>
/// A line of the account ledger, oldest first, with the balance after it. A reversed payment names the reversal that undid
/// it (<paramref name="ReversedBy"/>), a reversal the payment it undid (<paramref name="Reverses"/>), both with the reason;
/// <paramref name="Note"/> is the reversal's note, or why a payment has no reference; a return's credit note names the return
/// (<paramref name="ReturnNumber"/>).
/// </summary>
public sealed record LedgerLine(int Id, DateOnly Date, string Number, LedgerEntryKind Kind, string Reference, decimal Debit, decimal Credit,
    decimal RunningBalance, DateOnly? DueDate, decimal OpenAmount, string? Note = null, ReversalReason? Reason = null, string? ReversedBy = null,
    string? Reverses = null, string? ReturnNumber = null);

/// <summary>A payment posted with an external reference: <paramref name="Created"/> is false when the reference had been posted already.</summary>
public sealed record PaymentPosting(int PaymentEntryId, bool Created);
