using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Identity;

namespace PartnerPortal.Infrastructure.Ordering;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> b)
    {
        b.Property(o => o.Number).HasMaxLength(Order.NumberMaxLength);
        b.Property(o => o.IdempotencyKey).HasMaxLength(Order.IdempotencyKeyMaxLength);
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.Total).HasPrecision(18, 2);
        b.Property(o => o.Note).HasMaxLength(500);
        b.Property(o => o.ErpOrderNumber).HasMaxLength(50);
        b.Property(o => o.SubmittedByUserId).HasMaxLength(450);
        b.HasIndex(o => o.Number).IsUnique();
        // The same submission twice (double click, retry) finds the first order instead of making another.
        b.HasIndex(o => new { o.PartnerId, o.IdempotencyKey }).IsUnique();
        b.HasIndex(o => new { o.PartnerId, o.SubmittedAt });
        b.HasIndex(o => o.Status);
        b.HasOne(o => o.Partner).WithMany().HasForeignKey(o => o.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(o => o.Lines).WithOne(l => l.Order).HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(o => o.Events).WithOne(e => e.Order).HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> b)
    {
        b.Property(l => l.Sku).HasMaxLength(30);
        b.Property(l => l.ListPrice).HasPrecision(18, 2);
        b.Property(l => l.UnitPrice).HasPrecision(18, 2);
        b.Property(l => l.LineTotal).HasPrecision(18, 2);
        b.Ignore(l => l.OpenQuantity);
        b.HasOne(l => l.Product).WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("CK_OrderLines_Quantities", "\"Quantity\" > 0 AND \"ShippedQuantity\" >= 0 AND \"ShippedQuantity\" <= \"Quantity\""));
    }
}

internal sealed class OrderEventConfiguration : IEntityTypeConfiguration<OrderEvent>
{
    public void Configure(EntityTypeBuilder<OrderEvent> b)
    {
        b.Property(e => e.From).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.To).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.UserId).HasMaxLength(450);
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.Note).HasMaxLength(500);
        // Older events have no fact (0, None) and keep their English note, which the history shows as it was.
        b.Property(e => e.Fact);
        b.Property(e => e.CreditLimit).HasPrecision(18, 2);
        b.Property(e => e.Exposure).HasPrecision(18, 2);
        b.Property(e => e.OrderTotal).HasPrecision(18, 2);
        b.Ignore(e => e.Credit);
    }
}

internal sealed class CartLineConfiguration : IEntityTypeConfiguration<CartLine>
{
    public void Configure(EntityTypeBuilder<CartLine> b)
    {
        b.HasIndex(c => new { c.UserId, c.ProductId }).IsUnique();
        b.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(c => c.Partner).WithMany().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Product).WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Cascade);
        b.ToTable(t => t.HasCheckConstraint("CK_CartLines_Quantity", "\"Quantity\" > 0"));
    }
}

internal sealed class StockReservationConfiguration : IEntityTypeConfiguration<StockReservation>
{
    public void Configure(EntityTypeBuilder<StockReservation> b)
    {
        b.HasOne(r => r.OrderLine).WithMany().HasForeignKey(r => r.OrderLineId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.Warehouse).WithMany().HasForeignKey(r => r.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("CK_StockReservations_Quantity", "\"Quantity\" > 0"));
    }
}

internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> b)
    {
        b.Property(s => s.Number).HasMaxLength(30);
        b.Property(s => s.ShippedByUserId).HasMaxLength(450);
        b.Property(s => s.Amount).HasPrecision(18, 2);
        b.HasIndex(s => s.Number).IsUnique();
        // Rebate accruals sum a period's shipments per partner.
        // Period sums (rebates, dashboards) read a date range and group by partner; with the amount in the index they
        // never touch the table.
        b.Property(s => s.ExternalReference).HasMaxLength(50);
        b.HasIndex(s => s.ExternalReference).IsUnique();
        b.HasIndex(s => new { s.ShippedOn, s.PartnerId, s.Amount });
        // The same sums for some partners (a region, a manager's regions, one partner): each partner's date range is read
        // from the index alone. With only the partner key, SQLite fetched every row of the region's partners from the table.
        b.HasIndex(s => new { s.PartnerId, s.ShippedOn, s.Amount });
        b.HasOne(s => s.Order).WithMany().HasForeignKey(s => s.OrderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Partner).WithMany().HasForeignKey(s => s.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Warehouse).WithMany().HasForeignKey(s => s.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Invoice).WithMany().HasForeignKey(s => s.InvoiceEntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.ShipmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ShipmentLineConfiguration : IEntityTypeConfiguration<ShipmentLine>
{
    public void Configure(EntityTypeBuilder<ShipmentLine> b)
    {
        b.Property(l => l.Amount).HasPrecision(18, 2);
        b.HasOne(l => l.OrderLine).WithMany().HasForeignKey(l => l.OrderLineId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("CK_ShipmentLines_Quantity", "\"Quantity\" > 0"));
    }
}
