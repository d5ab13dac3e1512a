using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Infrastructure.Regions;

namespace PartnerPortal.Web.Tests.Admin.ApiKeys;

/// <summary>Records the API key views render, as the services return them.</summary>
internal static class ApiKeySamples
{
    public static readonly DateTimeOffset Created = new(2026, 11, 2, 8, 30, 0, TimeSpan.Zero);

    public static readonly IReadOnlyList<RegionOption> Regions =
    [
        new(1, "EAST", "华东", "East China"),
        new(2, "SOUTH", "华南", "South China"),
        new(3, "NORTH", "华北", "North China"),
    ];

    public static ApiKeyRow Key(int id, string name, string[]? scopes = null, int[]? regions = null, int perMinute = 120,
        DateTimeOffset? lastUsed = null, DateTimeOffset? revoked = null) =>
        new(id, name, $"pp_k{id}abcdefgh"[..ApiKey.PrefixLength], scopes ?? [ApiScopes.OrdersRead], regions ?? [], perMinute, Created, "admin@demo.partnerportal.local",
            lastUsed, revoked);
}
