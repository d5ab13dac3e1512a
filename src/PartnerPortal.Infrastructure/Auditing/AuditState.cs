using Microsoft.EntityFrameworkCore.Storage;

namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>What the audit interceptor keeps on a context between saving and saved.</summary>
internal sealed class AuditState
{
    public List<AuditInterceptor.PendingAudit>? Pending { get; set; }
    public IDbContextTransaction? OwnedTransaction { get; set; }
}
