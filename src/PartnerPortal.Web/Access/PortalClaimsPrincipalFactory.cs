using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PartnerPortal.Infrastructure.Identity;

namespace PartnerPortal.Web.Access;

/// <summary>Adds the user's display name to the sign-in cookie, for the app bar.</summary>
internal sealed class PortalClaimsPrincipalFactory(UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    public const string DisplayNameClaim = "display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrEmpty(user.DisplayName)) identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        return identity;
    }
}
