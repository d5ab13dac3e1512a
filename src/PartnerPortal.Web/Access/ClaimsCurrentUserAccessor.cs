using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using PartnerPortal.Infrastructure.Access;

namespace PartnerPortal.Web.Access;

/// <summary>
/// The signed-in user from Blazor's authentication state, which works in interactive circuits
/// (unlike IHttpContextAccessor). API endpoints set that state from the request first.
/// </summary>
internal sealed class ClaimsCurrentUserAccessor(AuthenticationStateProvider authentication) : ICurrentUserAccessor
{
    public async Task<CurrentUser> GetAsync(CancellationToken cancellationToken = default)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return From(state.User);
    }

    public static CurrentUser From(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal.Identity?.IsAuthenticated != true || id is null) return CurrentUser.Anonymous;
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        if (!roles.Contains(Domain.Access.PortalRoles.Integration)) return new CurrentUser(id, principal.Identity.Name ?? id, roles);
        // An API key: its regions, never more (the claims come from the key's own record).
        var regions = principal.FindAll(Api.V1.ApiKeyAuthenticationHandler.RegionClaim)
            .Select(c => int.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return new CurrentUser(id, principal.Identity.Name ?? id, roles, regions);
    }
}
