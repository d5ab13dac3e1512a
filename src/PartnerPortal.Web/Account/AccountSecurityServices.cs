using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PartnerPortal.Infrastructure.Identity;

namespace PartnerPortal.Web.Account;

/// <summary>Registration of the session limits and the sign-in protections (kept out of Program.cs).</summary>
public static class AccountSecurityServices
{
    /// <summary>
    /// The "Sessions" settings (checked at start-up), the session check on every request and in every circuit, and the
    /// sign-in cookie's expiry. Call after the Identity cookies are added, so that these events replace Identity's own
    /// 30-minute security stamp check.
    /// </summary>
    public static IServiceCollection AddPortalSessions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SessionOptions>().Bind(configuration.GetSection(SessionOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SessionOptions>, SessionOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SessionOptions>>().Value.ToPolicy());
        services.AddSingleton<SessionValidator>();
        services.AddScoped<CircuitActivity>();
        services.ConfigureApplicationCookie(options =>
        {
            options.SlidingExpiration = true;
            options.Events.OnSigningIn = SessionCookieEvents.SigningIn;
            options.Events.OnValidatePrincipal = SessionCookieEvents.ValidatePrincipal;
        });
        return services;
    }

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
