using PartnerPortal.Domain.Access;

namespace PartnerPortal.Web.Statements;

/// <summary>Who may draw statements and export orders: the readers of the order pages. The services scope what each one gets.</summary>
public static class StatementRoles
{
    public const string Readers = PortalRoles.Admin + "," + PortalRoles.ChannelManager + "," + PortalRoles.Dealer;
}
