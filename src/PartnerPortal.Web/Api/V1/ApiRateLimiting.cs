using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using PartnerPortal.Web.Security;

namespace PartnerPortal.Web.Api.V1;

/// <summary>
/// Requests per minute per API key (the key's own limit, from its <c>api_rpm</c> claim), in a fixed window of one minute
/// on the portal's clock. The limiter runs after authentication and authorization (WebApplication adds both ahead of the
/// app's own middleware), so it sees the key's principal; anything without a key is counted per remote address with a small
/// limit. Over the limit: <c>429</c>, <c>Retry-After</c> with the seconds left in the window, and a problem-details body.
/// Requests that fail to authenticate never get here: <see cref="Security.FailedApiKeyThrottle"/> counts those.
/// </summary>
public static class ApiRateLimiting
{
    /// <summary>The policy the /api/v1 group requires.</summary>
    public const string Policy = "api-key";

    /// <summary>Requests per minute for a caller without a key, per remote address.</summary>
    public const int AnonymousRequestsPerMinute = 20;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, Partition);
            options.OnRejected = RejectAsync;
        });

    /// <summary>The key's own window, or the remote address's when the request carries no (valid) key.</summary>
    internal static RateLimitPartition<string> Partition(HttpContext context)
    {
        var user = context.User;
        if (user.Identity is { IsAuthenticated: true, AuthenticationType: ApiKeyAuthenticationHandler.SchemeName }
            && user.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim)?.Value is { } keyId
            && int.TryParse(user.FindFirst(ApiKeyAuthenticationHandler.RequestsPerMinuteClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture,
                out var perMinute) && perMinute > 0)
        {
            // The limit is part of the partition: a key's limit never changes, but a stale window must not outlive a different one.
            return RateLimitPartition.Get($"key:{keyId}:{perMinute}", _ => new FixedWindowLimiter(perMinute, Window, Clock(context)));
        }
        var address = ClientAddress.Of(context);
        return RateLimitPartition.Get("ip:" + address, _ => new FixedWindowLimiter(AnonymousRequestsPerMinute, Window, Clock(context)));
    }

    private static TimeProvider Clock(HttpContext context) => context.RequestServices?.GetService<TimeProvider>() ?? TimeProvider.System;

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        if (!rejected.HttpContext.Request.Path.StartsWithSegments("/api"))
        {
            await SignInThrottling.RejectAsync(rejected, ct);
            return;
        }
        var seconds = FixedWindowLimiter.RetryAfterSeconds(rejected.Lease);
        var response = rejected.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                detail: $"The requests allowed for this minute are used up. Try again in {seconds} seconds.")
            .ExecuteAsync(rejected.HttpContext);
    }
}
