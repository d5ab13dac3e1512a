using PartnerPortal.Domain.Auditing;

namespace PartnerPortal.Domain.Credit;

/// <summary>The part of a payment or credit note that settled one invoice.</summary>
public sealed class LedgerAllocation : IAudited
{
    public int Id { get; set; }
    public int PaymentEntryId { get; set; }
    public LedgerEntry? PaymentEntry { get; set; }
    public int InvoiceEntryId { get; set; }
    public LedgerEntry? InvoiceEntry { get; set; }
    public decimal Amount { get; set; }
}
