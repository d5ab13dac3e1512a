using PartnerPortal.Domain.Auditing;

namespace PartnerPortal.Domain.Integration;

/// <summary>
/// A key an integration (the brand's ERP, the warehouse system) calls /api/v1 with. The secret is shown once when the
/// key is created; only its SHA-256 hash is stored, found by the key's public prefix.
/// </summary>
public sealed class ApiKey : IAudited
{
    public const int NameMaxLength = 100;
    public const int PrefixLength = 12;
    public const int DefaultRequestsPerMinute = 120;

    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The start of the key ("pp_" and random characters), shown in lists to tell keys apart; unique.</summary>
    public string Prefix { get; set; } = "";
    /// <summary>Hex SHA-256 of the whole key.</summary>
    public string SecretHash { get; set; } = "";
    public List<string> Scopes { get; set; } = [];
    /// <summary>The regions whose partners the key reaches; empty for every region.</summary>
    public List<int> RegionIds { get; set; } = [];
    public int RequestsPerMinute { get; set; } = DefaultRequestsPerMinute;
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedByUserName { get; set; } = "";
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    public bool IsActive => RevokedAt is null;
}
