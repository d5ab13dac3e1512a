using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Credit;

/// <summary>
/// One document on a partner's account: an invoice, payment, credit note, debit note or reversal. Amounts are positive;
/// the kind gives the sign. Written only by the ledger, which keeps the account's figures in step.
/// </summary>
public sealed class LedgerEntry : IPartnerOwned, IAudited
{
    public const int NumberMaxLength = 30;
    public const int ReferenceMaxLength = 100;
    public const int NoteMaxLength = 500;

    public int Id { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public LedgerEntryKind Kind { get; set; }
    /// <summary>INV-…, PAY-…, CN-…, DN-… or REV-…; unique.</summary>
    public string Number { get; set; } = "";
    public DateOnly Date { get; set; }
    public decimal Amount { get; set; }
    /// <summary>Invoices and debit notes (what the partner owes by a date): when payment is due.</summary>
    public DateOnly? DueDate { get; set; }
    /// <summary>
    /// Invoices and debit notes: what is still unpaid. Payments and credit notes: what is not yet allocated to an invoice.
    /// A reversed payment or credit note has nothing open.
    /// </summary>
    public decimal OpenAmount { get; set; }
    /// <summary>The order an invoice was raised for.</summary>
    public int? OrderId { get; set; }
    public Ordering.Order? Order { get; set; }
    /// <summary>The partner's or bank's reference, e.g. a transfer number.</summary>
    public string Reference { get; set; } = "";
    /// <summary>The ERP's reference of a payment posted through the API; unique, so a retry never posts twice.</summary>
    public string? ExternalReference { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Reversals only: the payment or credit note this entry undoes (unique: nothing is reversed twice).</summary>
    public int? ReversesEntryId { get; set; }
    /// <summary>Reversals only: why the payment was undone.</summary>
    public ReversalReason? ReversalReason { get; set; }
    /// <summary>
    /// What the person who posted the entry said about it: on a reversal, the note to its reason; on a payment recorded
    /// without a reference, why it has none.
    /// </summary>
    public string? Note { get; set; }

    /// <summary>The entry's effect on the balance: + for invoices, debit notes and reversals, − for payments and credit notes.</summary>
    public decimal SignedAmount => RaisesBalance(Kind) ? Amount : -Amount;

    /// <summary>Whether an entry of this kind is a debit (the partner owes more) rather than a credit.</summary>
    public static bool RaisesBalance(LedgerEntryKind kind) =>
        kind is LedgerEntryKind.Invoice or LedgerEntryKind.DebitNote or LedgerEntryKind.Reversal;
}
