using PartnerPortal.Infrastructure.Integration;

namespace PartnerPortal.Web.Api.V1;

/// <summary>The body of <c>POST /api/v1/products</c>: 1 to 1,000 products.</summary>
public sealed record ProductUpsertRequest
{
    public IReadOnlyList<ProductSyncItem?>? Items { get; init; }
}
