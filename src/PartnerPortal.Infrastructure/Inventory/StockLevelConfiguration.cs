using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Inventory;

namespace PartnerPortal.Infrastructure.Inventory;

internal sealed class StockLevelConfiguration : IEntityTypeConfiguration<StockLevel>
{
    public void Configure(EntityTypeBuilder<StockLevel> b)
    {
        b.HasKey(s => new { s.WarehouseId, s.ProductId });
        b.Ignore(s => s.Available);
        b.HasOne(s => s.Warehouse).WithMany().HasForeignKey(s => s.WarehouseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(s => s.Product).WithMany().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Restrict);
        // Reservations never take stock below zero (DESIGN rule 3); the database refuses it too.
        b.ToTable(t => t.HasCheckConstraint("CK_StockLevels_Quantities", "\"OnHand\" >= 0 AND \"Reserved\" >= 0 AND \"Reserved\" <= \"OnHand\""));
    }
}
