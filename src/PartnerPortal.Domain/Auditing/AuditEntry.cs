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
    /// <summary>
    /// The partner the changed row belongs to (a partner, its contacts, documents, credit account, ledger, points, staff),
    /// or null for the brand's own data (catalog, regions, keys, sign-ins): what scopes the audit log to a channel
    /// manager's regions. Not a foreign key: the log outlives the rows it describes.
    /// </summary>
    public int? PartnerId { get; set; }
    /// <summary>JSON object: property name → { "old": …, "new": … }.</summary>
    public string Changes { get; set; } = "{}";
}
