using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace PartnerPortal.Web.Account;

/// <summary>
/// When a sign-in was made and whether it is kept, carried in the sign-in cookie's principal: open circuits see only the
/// principal, not the cookie, and must apply the same limits. The time is also kept as a ticket property, because a
/// refreshed sign-in (after a password change) gets a new principal but keeps the ticket's properties and must not start
/// a new lifetime.
/// </summary>
public static class SessionClaims
{
    public const string SignedInAt = "pp_signed_in_at";
    public const string KeptSignedIn = "pp_kept_signed_in";
    public const string SignedInAtProperty = ".pp.signedInAt";

    /// <summary>Whether <paramref name="principal"/> comes from the sign-in cookie (not an API key or nobody).</summary>
    public static bool IsSignInSession(ClaimsPrincipal principal) =>
        principal.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == IdentityConstants.ApplicationScheme);

    public static DateTimeOffset? SignedInAtOf(ClaimsPrincipal principal) => Parse(principal.FindFirstValue(SignedInAt));

    public static bool IsKept(ClaimsPrincipal principal) => principal.HasClaim(KeptSignedIn, "true");

    public static DateTimeOffset? SignedInAtOf(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(SignedInAtProperty, out var value) ? Parse(value) : null;

    /// <summary>Writes the sign-in time and the kept flag into the identity and the ticket, replacing earlier values.</summary>
    public static void Stamp(ClaimsIdentity identity, AuthenticationProperties properties, DateTimeOffset signedInAt, bool kept)
    {
        foreach (var claim in identity.FindAll(c => c.Type is SignedInAt or KeptSignedIn).ToList()) identity.RemoveClaim(claim);
        var seconds = signedInAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        identity.AddClaim(new Claim(SignedInAt, seconds, ClaimValueTypes.Integer64));
        if (kept) identity.AddClaim(new Claim(KeptSignedIn, "true", ClaimValueTypes.Boolean));
        properties.Items[SignedInAtProperty] = seconds;
    }

    private static DateTimeOffset? Parse(string? seconds) =>
        long.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? DateTimeOffset.FromUnixTimeSeconds(value)
            : null;
}
