using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace PartnerPortal.Web.Security;

/// <summary>The portal's HTTP hardening in one place: throttles, forwarded headers, security headers, no Server header, public links.</summary>
public static class HttpSecurityServices
{
    public static IServiceCollection AddPortalHttpSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ThrottlingOptions>().Bind(configuration.GetSection(ThrottlingOptions.Section))
            .Validate(o => o.Invalid().Count == 0, "The Throttling settings must be positive whole numbers (windows at most 86400 seconds).")
            .ValidateOnStart();
        services.AddSingleton<FailedApiKeyThrottle>();
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ThrottlingOptions>, TimeProvider>((limiter, throttling, clock) =>
            limiter.GlobalLimiter = SignInThrottling.Limiter(throttling.Value, clock));

        services.Configure<ForwardedHeadersOptions>(options => ForwardedHeadersSettings.Apply(configuration, options));
        services.AddTransient<IStartupFilter, HttpSecurityStartupFilter>();
        // The server's name and version help no visitor.
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);

        services.AddOptions<PortalLinkOptions>().Bind(configuration.GetSection(PortalLinkOptions.Section))
            .Validate(o => o.IsValid(), $"The setting {PortalLinkOptions.Section}:{nameof(PortalLinkOptions.PublicUrl)} must be an absolute http or https address without query.")
            .ValidateOnStart();
        services.AddSingleton<PortalLinks>();
        return services;
    }
}
