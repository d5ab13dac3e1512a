namespace PartnerPortal.Domain.Returns;

/// <summary>Where a return (RMA) stands: Requested → Approved or Rejected → Received → Credited; Cancelled by the dealer while Requested.</summary>
public enum ReturnStatus
{
    Requested,
    Approved,
    Rejected,
    /// <summary>The goods were counted in; what came back may be less than approved (a partial receipt).</summary>
    Received,
    /// <summary>The credit note for what was received is posted.</summary>
    Credited,
    Cancelled,
}
