using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Rebates;

namespace PartnerPortal.Infrastructure.Rebates;

internal sealed class RebateTrueUpConfiguration : IEntityTypeConfiguration<RebateTrueUp>
{
    public void Configure(EntityTypeBuilder<RebateTrueUp> b)
    {
        // A settlement claims the accrual's next number: a second settlement at the same moment fails here and is retried.
        b.HasIndex(t => new { t.AccrualId, t.Sequence }).IsUnique();
        b.HasIndex(t => new { t.PartnerId, t.PeriodStart });
        b.HasIndex(t => t.LedgerEntryId).IsUnique();
        b.HasOne(t => t.Accrual).WithMany().HasForeignKey(t => t.AccrualId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.Policy).WithMany().HasForeignKey(t => t.PolicyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.Partner).WithMany().HasForeignKey(t => t.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.LedgerEntry).WithMany().HasForeignKey(t => t.LedgerEntryId).OnDelete(DeleteBehavior.Restrict);
        foreach (var p in new[] { nameof(RebateTrueUp.NetAmountBefore), nameof(RebateTrueUp.NetAmount), nameof(RebateTrueUp.SettledBefore),
                     nameof(RebateTrueUp.Recomputed), nameof(RebateTrueUp.Difference) })
            b.Property(p).HasPrecision(18, 2);
        foreach (var p in new[] { nameof(RebateTrueUp.QuantityBefore), nameof(RebateTrueUp.Quantity), nameof(RebateTrueUp.Rate) })
            b.Property(p).HasPrecision(18, 4);
        b.Property(t => t.Cause).HasMaxLength(RebateTrueUp.CauseMaxLength);
    }
}
