using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using PartnerPortal.Domain.Access;
using PartnerPortal.Infrastructure.Identity;

namespace PartnerPortal.Web.Account;

/// <summary>
/// The sign-in cookie's side of the session limits. Signing in stamps the sign-in time and sets the cookie's expiry to
/// the idle limit (sliding expiration renews it with use, and the ticket's expiry is checked on the server); every
/// request then checks the lifetime and the user's state, which replaces Identity's validator that looked only every
/// 30 minutes.
/// </summary>
public static class SessionCookieEvents
{
    public static Task SigningIn(CookieSigningInContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var identity = context.Principal?.Identities.FirstOrDefault(i => i.AuthenticationType == IdentityConstants.ApplicationScheme);
        if (identity is null) return Task.CompletedTask;
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();

        // A refreshed sign-in (after the user's own password change) keeps its first sign-in time: no new lifetime.
        var signedInAt = SessionClaims.SignedInAtOf(context.Properties) ?? now;
        var roles = identity.FindAll(identity.RoleClaimType).Select(c => c.Value).ToList();
        // IsPersistent is the "keep me signed in" box on a new sign-in, and the kept flag itself on a refresh.
        var limits = services.GetRequiredService<SessionPolicy>().For(roles, context.Properties.IsPersistent);

        context.Properties.IsPersistent = limits.KeptSignedIn;
        context.Properties.AllowRefresh = true;
        context.Properties.IssuedUtc = now;
        context.Properties.ExpiresUtc = limits.ExpiresAt(signedInAt, now);
        SessionClaims.Stamp(identity, context.Properties, signedInAt, limits.KeptSignedIn);
        return Task.CompletedTask;
    }

    public static async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal is null) return;
        var services = context.HttpContext.RequestServices;
        var check = await services.GetRequiredService<SessionValidator>()
            .CheckAsync(services.GetRequiredService<UserManager<PortalUser>>(), context.Principal, lastUsedAt: null);
        if (check != SessionCheck.Valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        // The page's activity signal: work inside an open circuit sends no other request that would renew the cookie.
        if (context.Request.Path.StartsWithSegments(SessionActivityEndpoints.Path)) context.ShouldRenew = true;
    }
}
