namespace PartnerPortal.Domain.Credit.Rules;

/// <summary>Why an order was blocked, so the partner is told what to fix.</summary>
public enum BlockReason
{
    None,
    PartnerSuspended,
    OverdueInvoice,
    OverLimit,
}
