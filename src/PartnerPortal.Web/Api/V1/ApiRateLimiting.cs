using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace PartnerPortal.Web.Api.V1;

/// <summary>
/// Requests per minute per API key (the key's own limit, from its <c>api_rpm</c> claim), in a fixed window of one minute.
/// The limiter runs after authentication and authorization (WebApplication adds both ahead of the app's own middleware),
/// so it sees the key's principal; anything without a key is counted per remote address with a small limit.
/// Over the limit: <c>429</c>, <c>Retry-After</c> in seconds and a problem-details body.
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
            return RateLimitPartition.GetFixedWindowLimiter($"key:{keyId}:{perMinute}", _ => Options(perMinute));
        }
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter("ip:" + address, _ => Options(AnonymousRequestsPerMinute));
    }

    private static FixedWindowRateLimiterOptions Options(int permits) =>
        new() { PermitLimit = permits, Window = Window, QueueLimit = 0, AutoReplenishment = true };

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : (int)Window.TotalSeconds;
        var response = rejected.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                detail: $"The requests allowed for this minute are used up. Try again in {seconds} seconds.")
            .ExecuteAsync(rejected.HttpContext);
    }
}
