using PartnerPortal.Infrastructure.Integration;

namespace PartnerPortal.Web.Api.V1;

/// <summary>The body of <c>PUT /api/v1/stock</c>: 1 to 1,000 on-hand quantities.</summary>
public sealed record StockUpdateRequest
{
    public IReadOnlyList<StockSyncItem?>? Items { get; init; }
}
