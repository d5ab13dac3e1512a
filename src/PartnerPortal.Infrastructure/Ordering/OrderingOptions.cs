namespace PartnerPortal.Infrastructure.Ordering;

/// <summary>The "Ordering" settings section: the brand's conditions for taking orders.</summary>
public sealed class OrderingOptions
{
    public const string Section = "Ordering";

    /// <summary>
    /// Refuse orders from a partner whose dealer authorizations have all expired. Off by default: switched on, it stops a
    /// partner from ordering the day a date on file passes, so a brand turns it on once the dates it holds are right.
    /// </summary>
    public bool BlockOnExpiredAuthorization { get; set; }
}
