using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Points;

namespace PartnerPortal.Infrastructure.Points;

internal sealed class PointsAccountConfiguration : IEntityTypeConfiguration<PointsAccount>
{
    public void Configure(EntityTypeBuilder<PointsAccount> b)
    {
        b.HasIndex(a => a.PartnerId).IsUnique();
        b.HasOne(a => a.Partner).WithMany().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PointsEntryConfiguration : IEntityTypeConfiguration<PointsEntry>
{
    public void Configure(EntityTypeBuilder<PointsEntry> b)
    {
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.UserId).HasMaxLength(450);
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.CreatedByUserName).HasMaxLength(256);
        b.Property(e => e.Reason).HasMaxLength(PointsEntry.ReasonMaxLength);
        b.Property(e => e.Key).HasMaxLength(PointsEntry.KeyMaxLength);
        // The same course pass, purchase threshold or redemption is paid once: a second insert fails.
        b.HasIndex(e => new { e.PartnerId, e.Kind, e.Key }).IsUnique();
        b.HasIndex(e => new { e.PartnerId, e.CreatedAt });
        b.HasOne(e => e.Partner).WithMany().HasForeignKey(e => e.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RewardConfiguration : IEntityTypeConfiguration<Reward>
{
    public void Configure(EntityTypeBuilder<Reward> b)
    {
        b.Property(r => r.Name).HasMaxLength(Reward.NameMaxLength);
        b.Property(r => r.NameEn).HasMaxLength(Reward.NameMaxLength);
        b.Property(r => r.Description).HasMaxLength(Reward.DescriptionMaxLength);
        b.Property(r => r.DescriptionEn).HasMaxLength(Reward.DescriptionMaxLength);
        b.Property(r => r.Version).IsConcurrencyToken();
    }
}

internal sealed class RedemptionConfiguration : IEntityTypeConfiguration<Redemption>
{
    public void Configure(EntityTypeBuilder<Redemption> b)
    {
        // A decision only lands on the status it was made from: two managers deciding at once cannot both succeed.
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(10).IsConcurrencyToken();
        b.Property(r => r.RequestedByUserId).HasMaxLength(450);
        b.Property(r => r.RequestedByUserName).HasMaxLength(256);
        b.Property(r => r.DecidedByUserName).HasMaxLength(256);
        b.Property(r => r.Note).HasMaxLength(Redemption.NoteMaxLength);
        b.HasIndex(r => new { r.Status, r.RequestedAt });
        b.HasOne(r => r.Partner).WithMany().HasForeignKey(r => r.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Reward).WithMany().HasForeignKey(r => r.RewardId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PurchaseMilestoneRuleConfiguration : IEntityTypeConfiguration<PurchaseMilestoneRule>
{
    public void Configure(EntityTypeBuilder<PurchaseMilestoneRule> b)
    {
        b.Property(r => r.PeriodType).HasConversion<string>().HasMaxLength(10);
        b.Property(r => r.StepAmount).HasPrecision(18, 2);
    }
}
