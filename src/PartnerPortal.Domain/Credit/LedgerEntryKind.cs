namespace PartnerPortal.Domain.Credit;

public enum LedgerEntryKind
{
    /// <summary>Raised for what ships; increases the balance.</summary>
    Invoice,
    /// <summary>Money received; decreases the balance.</summary>
    Payment,
    /// <summary>A credit granted, e.g. a settled rebate; decreases the balance.</summary>
    CreditNote,
    /// <summary>A charge that is not a shipment, e.g. a rebate clawed back; increases the balance and falls due like an invoice.</summary>
    DebitNote,
    /// <summary>Undoes a payment or a credit note (a bounced transfer, a payment booked to the wrong partner); increases the balance.</summary>
    Reversal,
}
