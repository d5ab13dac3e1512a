using PartnerPortal.Domain.Auditing;

namespace PartnerPortal.Domain.Integration;

/// <summary>A URL the portal posts events to, signed with the endpoint's secret.</summary>
public sealed class WebhookEndpoint : IAudited
{
    public const int UrlMaxLength = 500;
    public const int DescriptionMaxLength = 200;
    /// <summary>Room for a protected 43-character secret (about 180 characters), with margin for another algorithm's longer payload.</summary>
    public const int ProtectedSecretMaxLength = 500;

    public int Id { get; set; }
    public string Url { get; set; } = "";
    public string Description { get; set; } = "";
    /// <summary>
    /// The HMAC-SHA256 key deliveries are signed with, as protected by the portal's Data Protection key ring: never the
    /// plain key, which only the receiver keeps (it is shown once). A value the key ring cannot read means the secret
    /// must be rotated.
    /// </summary>
    public string ProtectedSecret { get; set; } = "";
    public List<string> Events { get; set; } = [];
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
}
