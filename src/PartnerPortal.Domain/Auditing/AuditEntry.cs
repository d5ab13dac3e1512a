namespace PartnerPortal.Domain.Auditing;

/// <summary>One recorded change: who changed which row, when, and the values before and after.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityKey { get; set; } = "";
    public AuditAction Action { get; set; }
    /// <summary>JSON object: property name → { "old": …, "new": … }.</summary>
    public string Changes { get; set; } = "{}";
}
