using Microsoft.AspNetCore.Identity;
using PartnerPortal.Infrastructure.Identity;

namespace PartnerPortal.Web.Account;

/// <summary>Registration of the session limits and the sign-in protections (kept out of Program.cs).</summary>
public static class AccountSecurityServices
{
    /// <summary>
    /// The portal's sign-in manager (equal work for unknown e-mails, failed sign-ins logged and audited) and authenticator
    /// codes that work once. Call after AddDefaultTokenProviders, whose authenticator provider this one replaces.
    /// </summary>
    public static IdentityBuilder AddPortalSignIn(this IdentityBuilder identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return identity.AddSignInManager<PortalSignInManager>()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);
    }
}
