namespace PartnerPortal.Domain.Auditing;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    /// <summary>An attempt that was refused, e.g. a failed sign-in; nothing changed.</summary>
    Failed,
}
