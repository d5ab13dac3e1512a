namespace PartnerPortal.Web.Api.V1;

/// <summary>The calling key as <c>GET /api/v1/me</c> describes it (never the secret).</summary>
/// <param name="Name">The name the admin gave the key.</param>
/// <param name="Prefix">The start of the key, as the portal's key list shows it.</param>
/// <param name="Scopes">What the key may do, e.g. <c>orders:read</c>.</param>
/// <param name="Regions">The codes of the regions whose partners the key reaches; empty when <paramref name="AllRegions"/>.</param>
/// <param name="AllRegions">True when the key is not restricted to regions.</param>
/// <param name="RequestsPerMinute">The key's rate limit; more calls in a minute get 429 with Retry-After.</param>
public sealed record ApiKeyInfo(string Name, string Prefix, IReadOnlyList<string> Scopes, IReadOnlyList<string> Regions, bool AllRegions,
    int RequestsPerMinute);
