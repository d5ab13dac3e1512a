namespace PartnerPortal.Domain.Auditing;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
}
