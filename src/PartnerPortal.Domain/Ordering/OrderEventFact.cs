namespace PartnerPortal.Domain.Ordering;

/// <summary>
/// What an order event records beyond its status change, kept as data (the figures on the event) so that the history is
/// written in the reader's language and money format, not in the words of whoever's server wrote it.
/// </summary>
public enum OrderEventFact
{
    /// <summary>Nothing beyond the status change and any note; also every event written before facts were kept as data.</summary>
    None,
    /// <summary>The order went to approval because it was over the available credit; the event holds the credit figures.</summary>
    CreditHold,
    /// <summary>A person approved the order; the event holds the credit figures at that moment.</summary>
    CreditApproval,
}
