using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PartnerPortal.Domain.Access;
using PartnerPortal.Infrastructure.Identity;

namespace PartnerPortal.Web.Account;

/// <summary>
/// Decides whether a sign-in still holds: within its lifetime (and idle limit, where the caller knows the last use), and
/// its user still there, not locked and with the security stamp the sign-in was made with. The cookie is checked on every
/// request and open circuits on every service call, so a lock or a password change ends other sessions at once.
/// </summary>
public sealed class SessionValidator(SessionPolicy policy, IOptions<IdentityOptions> identity, TimeProvider clock, ILogger<SessionValidator> logger)
{
    /// <param name="users">A user manager whose context has not cached the user from before the change (a new one per request or check).</param>
    /// <param name="lastUsedAt">The last use the caller saw (an open circuit); null where the cookie's own expiry keeps the idle limit.</param>
    public async Task<SessionCheck> CheckAsync(UserManager<PortalUser> users, ClaimsPrincipal principal, DateTimeOffset? lastUsedAt)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(principal);
        var check = await CheckCoreAsync(users, principal, lastUsedAt);
        if (check != SessionCheck.Valid)
            logger.LogInformation("The session of user {UserId} ended: {Reason}.", users.GetUserId(principal), check);
        return check;
    }

    private async Task<SessionCheck> CheckCoreAsync(UserManager<PortalUser> users, ClaimsPrincipal principal, DateTimeOffset? lastUsedAt)
    {
        // A sign-in from before sign-ins carried their time has no known age: it ends once, and the next one is measured.
        if (SessionClaims.SignedInAtOf(principal) is not { } signedInAt) return SessionCheck.Expired;
        var roles = principal.FindAll(identity.Value.ClaimsIdentity.RoleClaimType).Select(c => c.Value).ToList();
        var limits = policy.For(roles, SessionClaims.IsKept(principal));
        var now = clock.GetUtcNow();
        switch (limits.Check(signedInAt, lastUsedAt ?? now, now))
        {
            case SessionStanding.LifetimeOver: return SessionCheck.Expired;
            case SessionStanding.IdleTooLong: return SessionCheck.IdleTooLong;
        }

        var user = await users.GetUserAsync(principal);
        if (user is null) return SessionCheck.UserRemoved;
        if (await users.IsLockedOutAsync(user)) return SessionCheck.UserLocked;
        if (!users.SupportsUserSecurityStamp) return SessionCheck.Valid;
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user) ? SessionCheck.Valid : SessionCheck.CredentialsChanged;
    }
}
