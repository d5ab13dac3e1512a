using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Catalog;

namespace PartnerPortal.Infrastructure.Catalog;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.Property(p => p.Sku).HasMaxLength(Product.SkuMaxLength);
        b.Property(p => p.Name).HasMaxLength(Product.NameMaxLength);
        b.Property(p => p.NameEn).HasMaxLength(Product.NameMaxLength);
        b.Property(p => p.Unit).HasMaxLength(10);
        b.Property(p => p.UnitEn).HasMaxLength(20);
        b.Property(p => p.ListPrice).HasPrecision(18, 2);
        b.HasIndex(p => p.Sku).IsUnique();
        b.HasOne(p => p.Category).WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
