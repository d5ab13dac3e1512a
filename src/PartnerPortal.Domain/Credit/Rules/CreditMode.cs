namespace PartnerPortal.Domain.Credit;

/// <summary>What happens to an order over the available credit, chosen per partner.</summary>
public enum CreditMode
{
    /// <summary>The order is blocked.</summary>
    Hard,
    /// <summary>The order waits for a channel manager's approval.</summary>
    Soft,
}
