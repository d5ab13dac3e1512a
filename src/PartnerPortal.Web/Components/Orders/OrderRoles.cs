using PartnerPortal.Domain.Access;

namespace PartnerPortal.Web.Components.Orders;

/// <summary>Who may open the order pages; the query service still shows each reader only the orders in their scope.</summary>
public static class OrderRoles
{
    public const string Readers = PortalRoles.Admin + "," + PortalRoles.ChannelManager + "," + PortalRoles.Dealer;
}
