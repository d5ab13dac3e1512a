using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Catalog;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Returns;

namespace PartnerPortal.Infrastructure.Returns;

internal sealed class ReturnRequestConfiguration : IEntityTypeConfiguration<ReturnRequest>
{
    public void Configure(EntityTypeBuilder<ReturnRequest> b)
    {
        b.Property(r => r.Number).HasMaxLength(ReturnRequest.NumberMaxLength);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Reason).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Note).HasMaxLength(ReturnRequest.NoteMaxLength);
        b.Property(r => r.DecisionNote).HasMaxLength(ReturnRequest.DecisionNoteMaxLength);
        b.Property(r => r.ReceiptReference).HasMaxLength(ReturnRequest.ReceiptReferenceMaxLength);
        // Two commands on the same return at once (two receipts, an approval and a cancellation): one wins, the other retries.
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => r.Number).IsUnique();
        // A retried receipt finds the first one; a return is credited once.
        b.HasIndex(r => r.ReceiptReference).IsUnique();
        b.HasIndex(r => r.CreditNoteEntryId).IsUnique();
        b.HasIndex(r => new { r.PartnerId, r.RequestedAt });
        b.HasIndex(r => new { r.Status, r.RequestedAt });
        b.HasOne(r => r.Partner).WithMany().HasForeignKey(r => r.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Order).WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Warehouse).WithMany().HasForeignKey(r => r.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.CreditNote).WithMany().HasForeignKey(r => r.CreditNoteEntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Lines).WithOne(l => l.ReturnRequest).HasForeignKey(l => l.ReturnRequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Events).WithOne(e => e.ReturnRequest).HasForeignKey(e => e.ReturnRequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Photos).WithOne(p => p.ReturnRequest).HasForeignKey(p => p.ReturnRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReturnLineConfiguration : IEntityTypeConfiguration<ReturnLine>
{
    public void Configure(EntityTypeBuilder<ReturnLine> b)
    {
        b.Property(l => l.Sku).HasMaxLength(30);
        b.Property(l => l.UnitPrice).HasPrecision(18, 2);
        b.Property(l => l.CreditAmount).HasPrecision(18, 2);
        b.Property(l => l.Disposition).HasConversion<string>().HasMaxLength(10);
        b.HasOne(l => l.OrderLine).WithMany().HasForeignKey(l => l.OrderLineId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(l => l.Shipment).WithMany().HasForeignKey(l => l.ShipmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(l => l.ShipmentLine).WithMany().HasForeignKey(l => l.ShipmentLineId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        // What is still returnable of a shipped line sums the returns of that line; rebate bases sum them per shipment.
        b.HasIndex(l => l.ShipmentLineId);
        b.HasIndex(l => l.OrderLineId);
        b.ToTable(t => t.HasCheckConstraint("CK_ReturnLines_Quantities",
            "\"Quantity\" > 0 AND (\"ReceivedQuantity\" IS NULL OR (\"ReceivedQuantity\" >= 0 AND \"ReceivedQuantity\" <= \"Quantity\"))"));
    }
}

internal sealed class ReturnEventConfiguration : IEntityTypeConfiguration<ReturnEvent>
{
    public void Configure(EntityTypeBuilder<ReturnEvent> b)
    {
        b.Property(e => e.From).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.To).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.UserId).HasMaxLength(450);
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.Note).HasMaxLength(500);
        // The feed groups the events after a token by return.
        b.HasIndex(e => new { e.ReturnRequestId, e.Id });
    }
}

internal sealed class ReturnPhotoConfiguration : IEntityTypeConfiguration<ReturnPhoto>
{
    public void Configure(EntityTypeBuilder<ReturnPhoto> b)
    {
        b.Property(p => p.StoredName).HasMaxLength(PartnerDocumentScan.StoredNameLength);
        b.Property(p => p.ThumbnailStoredName).HasMaxLength(PartnerDocumentScan.StoredNameLength);
        b.Property(p => p.FileName).HasMaxLength(ScanFileRules.FileNameMaxLength);
        b.Property(p => p.Type).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(p => p.StoredName).IsUnique();
        b.HasIndex(p => p.PartnerId);
        b.HasOne(p => p.Partner).WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
