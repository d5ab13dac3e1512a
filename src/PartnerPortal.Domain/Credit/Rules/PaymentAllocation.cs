namespace PartnerPortal.Domain.Credit.Rules;

/// <summary>
/// Applies a payment to open invoices, oldest due date first, so the invoices that block orders are
/// cleared before newer ones. Ties go by invoice id to keep the result repeatable.
/// </summary>
public static class PaymentAllocation
{
    /// <exception cref="ArgumentOutOfRangeException">The amount is zero or negative.</exception>
    public static AllocationResult Allocate(decimal amount, IEnumerable<InvoiceToAllocate> openInvoices)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        ArgumentNullException.ThrowIfNull(openInvoices);

        var allocations = new List<Allocation>();
        var remaining = amount;
        foreach (var invoice in openInvoices.Where(i => i.OpenAmount > 0).OrderBy(i => i.DueDate).ThenBy(i => i.InvoiceId))
        {
            if (remaining == 0) break;
            var applied = Math.Min(remaining, invoice.OpenAmount);
            allocations.Add(new Allocation(invoice.InvoiceId, applied));
            remaining -= applied;
        }
        return new AllocationResult(allocations, remaining);
    }
}
