using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;

namespace PartnerPortal.Web.Components.Admin.ApiKeys;

/// <summary>What the new-key dialog edits; the service checks it (name, known scopes, existing regions, 1–10,000 a minute).</summary>
public sealed class ApiKeyForm
{
    public string? Name { get; set; }
    public IReadOnlyCollection<string> Scopes { get; set; } = [];
    /// <summary>Empty for every region.</summary>
    public IReadOnlyCollection<int> RegionIds { get; set; } = [];
    /// <summary>Empty until entered; sent as 0, which the service refuses.</summary>
    public int? RequestsPerMinute { get; set; } = ApiKey.DefaultRequestsPerMinute;

    public ApiKeyDraft ToDraft() =>
        new((Name ?? "").Trim(), Scopes.ToList(), RegionIds.ToList(), RequestsPerMinute ?? 0);
}
