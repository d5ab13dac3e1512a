namespace PartnerPortal.Domain.Credit.Rules;

/// <summary>
/// The credit check's result with its reason and figures. Use the factories: they keep the reason, the
/// overdue invoice and the days overdue consistent with the outcome.
/// </summary>
/// <param name="OverdueInvoice">The oldest overdue invoice when that is what blocked the order.</param>
/// <param name="DaysOverdue">Days since that invoice's due date; 0 otherwise.</param>
public sealed record CreditDecision(
    CreditOutcome Outcome,
    BlockReason Reason,
    CreditFigures Figures,
    OpenInvoice? OverdueInvoice,
    int DaysOverdue)
{
    public static CreditDecision Approved(CreditFigures figures) =>
        new(CreditOutcome.Approved, BlockReason.None, figures, null, 0);

    public static CreditDecision PendingApproval(CreditFigures figures) =>
        new(CreditOutcome.PendingApproval, BlockReason.None, figures, null, 0);

    public static CreditDecision BlockedSuspended(CreditFigures figures) =>
        new(CreditOutcome.Blocked, BlockReason.PartnerSuspended, figures, null, 0);

    public static CreditDecision BlockedOverdue(CreditFigures figures, OpenInvoice invoice, int daysOverdue) =>
        new(CreditOutcome.Blocked, BlockReason.OverdueInvoice, figures, invoice, daysOverdue);

    public static CreditDecision BlockedOverLimit(CreditFigures figures) =>
        new(CreditOutcome.Blocked, BlockReason.OverLimit, figures, null, 0);
}
