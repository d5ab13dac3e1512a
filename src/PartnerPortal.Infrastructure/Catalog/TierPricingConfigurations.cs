using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Catalog;

namespace PartnerPortal.Infrastructure.Catalog;

internal sealed class TierDiscountConfiguration : IEntityTypeConfiguration<TierDiscount>
{
    public void Configure(EntityTypeBuilder<TierDiscount> b)
    {
        b.HasKey(d => d.Tier);
        b.Property(d => d.Tier).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.DiscountPercent).HasPrecision(5, 2);
    }
}

internal sealed class TierPriceConfiguration : IEntityTypeConfiguration<TierPrice>
{
    public void Configure(EntityTypeBuilder<TierPrice> b)
    {
        b.HasKey(p => new { p.Tier, p.ProductId });
        b.Property(p => p.Tier).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Price).HasPrecision(18, 2);
        b.HasOne(p => p.Product).WithMany().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
