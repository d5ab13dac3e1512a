using PartnerPortal.Domain.Access;

namespace PartnerPortal.Web.Components.Returns;

/// <summary>Who may open the return pages; the services still show each reader only the returns in their scope.</summary>
public static class ReturnRoles
{
    public const string Readers = PortalRoles.Admin + "," + PortalRoles.ChannelManager + "," + PortalRoles.Dealer;
}
