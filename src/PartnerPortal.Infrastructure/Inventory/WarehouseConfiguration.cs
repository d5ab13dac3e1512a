using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Inventory;

namespace PartnerPortal.Infrastructure.Inventory;

internal sealed class WarehouseConfiguration : IEntityTypeConfiguration<Warehouse>
{
    public void Configure(EntityTypeBuilder<Warehouse> b)
    {
        b.Property(w => w.Code).HasMaxLength(20);
        b.Property(w => w.Name).HasMaxLength(50);
        b.Property(w => w.NameEn).HasMaxLength(100);
        b.HasIndex(w => w.Code).IsUnique();
    }
}
