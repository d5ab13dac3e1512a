namespace PartnerPortal.Domain.Credit;

public enum LedgerEntryKind
{
    /// <summary>Raised for what ships; increases the balance.</summary>
    Invoice,
    /// <summary>Money received; decreases the balance.</summary>
    Payment,
    /// <summary>A credit granted, e.g. a settled rebate; decreases the balance.</summary>
    CreditNote,
}
