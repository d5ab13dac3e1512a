using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Credit;

/// <summary>One invoice, payment or credit note on a partner's account. Amounts are positive; the kind gives the sign.</summary>
public sealed class LedgerEntry : IPartnerOwned, IAudited
{
    public const int NumberMaxLength = 30;
    public const int ReferenceMaxLength = 100;

    public int Id { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public LedgerEntryKind Kind { get; set; }
    /// <summary>INV-…, PAY-… or CN-…; unique.</summary>
    public string Number { get; set; } = "";
    public DateOnly Date { get; set; }
    public decimal Amount { get; set; }
    /// <summary>Invoices only: when payment is due.</summary>
    public DateOnly? DueDate { get; set; }
    /// <summary>Invoices: what is still unpaid. Payments: what is not yet allocated to an invoice.</summary>
    public decimal OpenAmount { get; set; }
    /// <summary>The order an invoice was raised for.</summary>
    public int? OrderId { get; set; }
    public Ordering.Order? Order { get; set; }
    /// <summary>The partner's or bank's reference, e.g. a transfer number.</summary>
    public string Reference { get; set; } = "";
    /// <summary>The ERP's reference of a payment posted through the API; unique, so a retry never posts twice.</summary>
    public string? ExternalReference { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The entry's effect on the balance: + for invoices, − for payments and credit notes.</summary>
    public decimal SignedAmount => Kind == LedgerEntryKind.Invoice ? Amount : -Amount;
}
