namespace PartnerPortal.Domain.Partners;

/// <summary>Where a dealer's renewal of a qualification document stands.</summary>
public enum RenewalStatus
{
    /// <summary>Waiting for the channel manager; the document in force is unchanged meanwhile.</summary>
    Pending,
    /// <summary>Accepted: its number, dates and scan replaced the document's.</summary>
    Accepted,
    /// <summary>Refused with a reason; the document in force is unchanged.</summary>
    Rejected,
}
