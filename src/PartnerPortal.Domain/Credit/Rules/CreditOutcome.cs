namespace PartnerPortal.Domain.Credit.Rules;

/// <summary>What becomes of an order after the credit check.</summary>
public enum CreditOutcome
{
    Approved,
    /// <summary>Over the limit in soft mode: a person decides.</summary>
    PendingApproval,
    Blocked,
}
