namespace PartnerPortal.Domain.Partners;

/// <summary>How close a dated document is to running out, as of a given day.</summary>
public enum ExpiryState
{
    Valid,
    /// <summary>Still valid, but expires within the warning window (today included).</summary>
    ExpiringSoon,
    /// <summary>Expired before today.</summary>
    Expired,
}
