using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Infrastructure.Access;

namespace PartnerPortal.Web.Api.V1;

/// <summary><c>GET /api/v1/me</c>: any valid key learns what it is allowed, to check a key before wiring it into the ERP.</summary>
public static class MeApi
{
    public static RouteGroupBuilder MapMeApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", GetAsync)
            .WithName("GetCallingApiKey")
            .WithTags("API keys")
            .WithSummary("The calling API key")
            .WithDescription("The key's name, prefix, scopes, regions and requests per minute. Needs any valid key, no particular scope.");
        return api;
    }

    /// <remarks>
    /// The regions are read from the data scope the portal built for this call, not from the key's record, so the answer is
    /// what the other endpoints will really apply.
    /// </remarks>
    internal static async Task<Results<Ok<ApiKeyInfo>, NotFound>> GetAsync(ClaimsPrincipal user, PortalDbContextFactory contexts, CancellationToken ct)
    {
        if (!int.TryParse(user.FindFirstValue(ApiKeyAuthenticationHandler.KeyIdClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var keyId))
            return TypedResults.NotFound();
        await using var db = await contexts.CreateAsync(ct);
        var key = await db.ApiKeys.AsNoTracking().Where(k => k.Id == keyId && k.RevokedAt == null)
            .Select(k => new { k.Name, k.Prefix, k.Scopes, k.RequestsPerMinute }).FirstOrDefaultAsync(ct);
        if (key is null) return TypedResults.NotFound();

        var all = db.Scope.Kind == ScopeKind.All;
        var regionIds = db.Scope.RegionIds.ToList();
        List<string> regions = all ? [] : await db.Regions.AsNoTracking().Where(r => regionIds.Contains(r.Id)).OrderBy(r => r.Code).Select(r => r.Code).ToListAsync(ct);
        return TypedResults.Ok(new ApiKeyInfo(key.Name, key.Prefix, key.Scopes.Order(StringComparer.Ordinal).ToList(), regions, all, key.RequestsPerMinute));
    }
}
