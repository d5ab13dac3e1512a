using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Auditing;

namespace PartnerPortal.Infrastructure.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.UserId).HasMaxLength(450);
        b.Property(a => a.UserName).HasMaxLength(256);
        b.Property(a => a.EntityType).HasMaxLength(100);
        b.Property(a => a.EntityKey).HasMaxLength(100);
        b.Property(a => a.Action).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(a => new { a.EntityType, a.EntityKey });
        b.HasIndex(a => a.OccurredAt);
        // The audit log of one partner (its page links there) and a channel manager's regions, newest first.
        b.HasIndex(a => new { a.PartnerId, a.OccurredAt });
        // The log's user filter.
        b.HasIndex(a => new { a.UserName, a.OccurredAt });
    }
}
