using PartnerPortal.Infrastructure.Integration;

namespace PartnerPortal.Web.Api.V1;

/// <summary>The body of <c>POST /api/v1/partners</c>: 1 to 1,000 partners.</summary>
public sealed record PartnerUpsertRequest
{
    public IReadOnlyList<PartnerSyncItem?>? Items { get; init; }
}
