using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Inventory;

namespace PartnerPortal.Infrastructure.Inventory;

internal sealed class StockAdjustmentConfiguration : IEntityTypeConfiguration<StockAdjustment>
{
    public void Configure(EntityTypeBuilder<StockAdjustment> b)
    {
        b.Property(a => a.Reason).HasMaxLength(StockAdjustment.ReasonMaxLength);
        b.Property(a => a.UserId).HasMaxLength(450);
        b.Property(a => a.UserName).HasMaxLength(256);
        // Adjustments are the stock history: a warehouse or product that has any cannot be deleted.
        b.HasOne(a => a.Warehouse).WithMany().HasForeignKey(a => a.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.Product).WithMany().HasForeignKey(a => a.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.WarehouseId, a.ProductId });
        b.HasIndex(a => a.ProductId);
        b.ToTable(t => t.HasCheckConstraint("CK_StockAdjustments_Quantities", "\"Delta\" <> 0 AND \"OnHandAfter\" >= 0"));
    }
}
