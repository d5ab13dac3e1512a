using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Rebates;

namespace PartnerPortal.Infrastructure.Rebates;

internal sealed class RebatePolicyConfiguration : IEntityTypeConfiguration<RebatePolicy>
{
    public void Configure(EntityTypeBuilder<RebatePolicy> b)
    {
        b.Property(p => p.Code).HasMaxLength(RebatePolicy.CodeMaxLength);
        b.Property(p => p.Name).HasMaxLength(RebatePolicy.NameMaxLength);
        b.HasIndex(p => new { p.Code, p.VersionNumber }).IsUnique();
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(p => p.PeriodType).HasConversion<string>().HasMaxLength(10);
        b.Property(p => p.Basis).HasConversion<string>().HasMaxLength(10);
        b.Property(p => p.Mode).HasConversion<string>().HasMaxLength(12);
        b.Property(p => p.RateKind).HasConversion<string>().HasMaxLength(14);
        b.Property(p => p.PartnerTarget).HasConversion<string>().HasMaxLength(10);
        b.Property(p => p.ProductTarget).HasConversion<string>().HasMaxLength(10);
        b.Property(p => p.CapPerPeriod).HasPrecision(18, 2);
        b.Property(p => p.CreatedByUserId).HasMaxLength(450);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.Scheme);
        b.Ignore(p => p.Accrues);

        // The tiers are read and written with the version as one value, and are readable in the audit log.
        b.Property(p => p.Tiers)
            .HasConversion(tiers => TierText.Write(tiers), text => TierText.Read(text),
                new ValueComparer<IReadOnlyList<RebateTier>>(
                    (x, y) => x!.SequenceEqual(y!),
                    tiers => tiers.Aggregate(0, (h, t) => HashCode.Combine(h, t.GetHashCode())),
                    tiers => tiers.ToArray()))
            .HasMaxLength(2000);
        b.PrimitiveCollection(p => p.RegionIds);
        b.PrimitiveCollection(p => p.PartnerTiers).ElementType().HasConversion<string>();
        b.PrimitiveCollection(p => p.PartnerIds);
        b.PrimitiveCollection(p => p.CategoryIds);
        b.PrimitiveCollection(p => p.ProductIds);
        b.PrimitiveCollection(p => p.ExcludedCategoryIds);
        b.PrimitiveCollection(p => p.ExcludedProductIds);
        b.Ignore(p => p.ProductScope);
    }
}

internal sealed class RebateAccrualConfiguration : IEntityTypeConfiguration<RebateAccrual>
{
    public void Configure(EntityTypeBuilder<RebateAccrual> b)
    {
        // One accrual per version, partner and period: recalculating can only ever update it.
        b.HasIndex(a => new { a.PolicyId, a.PeriodStart, a.PartnerId }).IsUnique();
        b.HasIndex(a => new { a.PartnerId, a.PeriodStart });
        b.HasOne(a => a.Policy).WithMany().HasForeignKey(a => a.PolicyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.Partner).WithMany().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.CreditNote).WithMany().HasForeignKey(a => a.CreditNoteEntryId).OnDelete(DeleteBehavior.Restrict);
        foreach (var p in new[] { nameof(RebateAccrual.NetAmount), nameof(RebateAccrual.Amount), nameof(RebateAccrual.UncappedAmount),
                     nameof(RebateAccrual.AdditionalAmount) })
            b.Property(p).HasPrecision(18, 2);
        foreach (var p in new[] { nameof(RebateAccrual.Quantity), nameof(RebateAccrual.Rate), nameof(RebateAccrual.NextThreshold),
                     nameof(RebateAccrual.NextRate), nameof(RebateAccrual.MoreNeeded) })
            b.Property(p).HasPrecision(18, 4);
        b.Ignore(a => a.IsSettled);
    }
}

/// <summary>Tiers as "threshold:rate;threshold:rate", invariant culture, e.g. "100000:1;300000:2.5".</summary>
internal static class TierText
{
    public static string Write(IReadOnlyList<RebateTier> tiers) =>
        string.Join(";", tiers.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Threshold}:{t.Rate}")));

    public static IReadOnlyList<RebateTier> Read(string text) =>
        string.IsNullOrEmpty(text)
            ? []
            : text.Split(';').Select(part =>
            {
                var pair = part.Split(':');
                return new RebateTier(decimal.Parse(pair[0], CultureInfo.InvariantCulture), decimal.Parse(pair[1], CultureInfo.InvariantCulture));
            }).ToArray();
}
