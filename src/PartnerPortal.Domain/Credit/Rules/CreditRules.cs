namespace PartnerPortal.Domain.Credit.Rules;

/// <summary>
/// Decides whether a submitted order may go ahead on credit. Checked in order of severity: a suspended
/// partner, then unpaid invoices past their grace period, then the limit, so the partner sees the
/// reason that must be fixed first.
/// </summary>
public static class CreditRules
{
    public static CreditDecision Decide(CreditCheckInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var exposure = input.Balance + input.ApprovedUninvoiced;
        var figures = new CreditFigures(input.CreditLimit, exposure, input.CreditLimit - exposure, input.OrderTotal);

        if (input.PartnerSuspended) return CreditDecision.BlockedSuspended(figures);

        var oldestOverdue = input.OpenInvoices
            .Where(i => i.OpenAmount > 0 && input.Today > i.DueDate.AddDays(input.GraceDays))
            .OrderBy(i => i.DueDate)
            .ThenBy(i => i.Number, StringComparer.Ordinal)
            .FirstOrDefault();
        if (oldestOverdue is not null)
            return CreditDecision.BlockedOverdue(figures, oldestOverdue, input.Today.DayNumber - oldestOverdue.DueDate.DayNumber);

        // Exactly the available amount is still within the limit.
        if (input.OrderTotal <= figures.Available) return CreditDecision.Approved(figures);
        return input.Mode == CreditMode.Soft
            ? CreditDecision.PendingApproval(figures)
            : CreditDecision.BlockedOverLimit(figures);
    }
}
