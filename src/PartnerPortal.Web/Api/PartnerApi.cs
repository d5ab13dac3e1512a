using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Partners;

namespace PartnerPortal.Web.Api;

/// <summary>Read-only partner endpoints; the caller's scope decides what they return, as on the pages.</summary>
public static class PartnerApi
{
    public static RouteGroupBuilder MapPartnerApi(this RouteGroupBuilder api)
    {
        var partners = api.MapGroup("/partners");
        partners.MapGet("/", ListAsync);
        partners.MapGet("/{id:int}", GetAsync);
        return api;
    }

    private static async Task<Ok<PagedResult<PartnerListItem>>> ListAsync(PartnerService service, string? search, int page = 0,
        int pageSize = 25, CancellationToken ct = default) =>
        TypedResults.Ok(await service.ListAsync(new PageRequest(page, pageSize, Search: search), new PartnerFilter(), ct));

    private static async Task<Results<Ok<PartnerDetails>, NotFound>> GetAsync(int id, PartnerService service, CancellationToken ct) =>
        await service.GetAsync(id, ct) is { } partner ? TypedResults.Ok(partner) : TypedResults.NotFound();
}
