namespace PartnerPortal.Domain.Access;

/// <summary>The four roles of the portal; the names are stored in Identity and used in [Authorize].</summary>
public static class PortalRoles
{
    public const string Admin = "Admin";
    public const string ChannelManager = "ChannelManager";
    public const string Dealer = "Dealer";
    public const string Trainee = "Trainee";

    /// <summary>
    /// An integration calling /api/v1 with an API key (never a signed-in person, so not among <see cref="All"/>): it sees
    /// the key's regions, or everything.
    /// </summary>
    public const string Integration = "Integration";

    /// <summary>Comma list for [Authorize(Roles = ...)] on pages partner staff may open.</summary>
    public const string PartnerStaff = Dealer + "," + Trainee;

    /// <summary>Comma list for pages of the brand's own staff.</summary>
    public const string BrandStaff = Admin + "," + ChannelManager;

    public static readonly IReadOnlyList<string> All = [Admin, ChannelManager, Dealer, Trainee];

    /// <summary>Roles that must belong to a partner.</summary>
    public static bool RequiresPartner(string role) => role is Dealer or Trainee;
}
