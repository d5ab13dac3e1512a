using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Dashboards;

/// <summary>
/// What one partner shipped in one calendar month: the sum and number of its shipments, kept in the same save as every
/// shipment so that the dashboards read one row per partner and month instead of every shipment.
/// </summary>
public sealed class ShipmentMonthTotal : IPartnerOwned
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }
    public decimal Amount { get; set; }
    /// <summary>The number of shipments in the sum; every change moves it, so it also guards against two saves adding at once.</summary>
    public int Count { get; set; }
}
