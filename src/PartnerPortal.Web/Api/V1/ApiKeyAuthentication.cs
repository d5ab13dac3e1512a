using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PartnerPortal.Domain.Access;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Web.Security;

namespace PartnerPortal.Web.Api.V1;

/// <summary>
/// The /api/v1 caller: an API key in <c>Authorization: Bearer pp_…</c> (or <c>X-Api-Key</c>). The principal carries
/// the key's scopes and regions; application services see it as the <see cref="PortalRoles.Integration"/> role.
/// </summary>
/// <remarks>
/// A request that fails to authenticate (no key, an unknown or a revoked one) counts against its address
/// (<see cref="FailedApiKeyThrottle"/>); an address over the limit gets 429 with Retry-After before its key is looked at.
/// </remarks>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiKeyService keys, FailedApiKeyThrottle throttle) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private TimeSpan? _throttled;

    public const string SchemeName = "ApiKey";
    public const string ScopeClaim = "scope";
    public const string RegionClaim = "region";
    public const string KeyIdClaim = "api_key_id";
    public const string RequestsPerMinuteClaim = "api_rpm";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (throttle.IsBlocked(ClientAddress.Of(Context), out var wait))
        {
            _throttled = wait;
            return AuthenticateResult.Fail("Too many failed API key attempts from this address.");
        }
        var key = KeyFrom(Request);
        if (key is null) return AuthenticateResult.NoResult();
        var caller = await keys.AuthenticateAsync(key, Context.RequestAborted);
        if (caller is null) return AuthenticateResult.Fail("The API key is unknown or revoked.");

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, "apikey:" + caller.KeyId),
            new(ClaimTypes.Name, "api:" + caller.Name),
            new(ClaimTypes.Role, PortalRoles.Integration),
            new(KeyIdClaim, caller.KeyId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(RequestsPerMinuteClaim, caller.RequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        claims.AddRange(caller.Scopes.Select(s => new Claim(ScopeClaim, s)));
        claims.AddRange(caller.RegionIds.Select(r => new Claim(RegionClaim, r.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (_throttled is { } wait)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many failed attempts",
                    detail: $"Too many requests from this address had no valid API key. Try again in {seconds} seconds.")
                .ExecuteAsync(Context);
            return;
        }
        throttle.RecordFailure(ClientAddress.Of(Context));
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(statusCode: 401, title: "API key required",
                detail: "Send a valid, unrevoked API key as 'Authorization: Bearer pp_…'.")
            .ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Results.Problem(statusCode: 403, title: "Scope missing",
                detail: "This API key does not have the scope this endpoint needs; an admin can create a key with it.")
            .ExecuteAsync(Context);
    }

    private static string? KeyFrom(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return authorization["Bearer ".Length..].Trim();
        var header = request.Headers["X-Api-Key"].ToString();
        return string.IsNullOrWhiteSpace(header) ? null : header.Trim();
    }
}
