using PartnerPortal.Domain.Auditing;

namespace PartnerPortal.Domain.Integration;

/// <summary>A URL the portal posts events to, signed with the endpoint's secret.</summary>
public sealed class WebhookEndpoint : IAudited
{
    public const int UrlMaxLength = 500;
    public const int DescriptionMaxLength = 200;
    public const int SecretMaxLength = 100;

    public int Id { get; set; }
    public string Url { get; set; } = "";
    public string Description { get; set; } = "";
    /// <summary>The HMAC-SHA256 key deliveries are signed with; the receiver holds the same.</summary>
    public string Secret { get; set; } = "";
    public List<string> Events { get; set; } = [];
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
}
