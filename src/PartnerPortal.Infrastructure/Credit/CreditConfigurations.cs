using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Credit;

namespace PartnerPortal.Infrastructure.Credit;

internal sealed class CreditAccountConfiguration : IEntityTypeConfiguration<CreditAccount>
{
    public void Configure(EntityTypeBuilder<CreditAccount> b)
    {
        b.HasIndex(a => a.PartnerId).IsUnique();
        b.HasOne(a => a.Partner).WithMany().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.CreditLimit).HasPrecision(18, 2);
        b.Property(a => a.Balance).HasPrecision(18, 2);
        b.Property(a => a.ApprovedUninvoiced).HasPrecision(18, 2);
        b.Property(a => a.Mode).HasConversion<string>().HasMaxLength(10);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.Ignore(a => a.Exposure);
        b.Ignore(a => a.Available);
    }
}

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> b)
    {
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(12);
        b.Property(e => e.Number).HasMaxLength(LedgerEntry.NumberMaxLength);
        b.Property(e => e.Reference).HasMaxLength(LedgerEntry.ReferenceMaxLength);
        b.Property(e => e.ExternalReference).HasMaxLength(50);
        b.Property(e => e.ReversalReason).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Note).HasMaxLength(LedgerEntry.NoteMaxLength);
        // Per kind: a payment and a credit note may carry the same ERP reference, two payments may not.
        b.HasIndex(e => new { e.Kind, e.ExternalReference }).IsUnique();
        b.Property(e => e.Amount).HasPrecision(18, 2);
        b.Property(e => e.OpenAmount).HasPrecision(18, 2);
        b.Ignore(e => e.SignedAmount);
        b.HasIndex(e => e.Number).IsUnique();
        b.HasIndex(e => new { e.PartnerId, e.Date });
        b.HasOne(e => e.Partner).WithMany().HasForeignKey(e => e.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.Order).WithMany().HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.Restrict);
        // Nothing is reversed twice, also not by two reversals at once.
        b.HasIndex(e => e.ReversesEntryId).IsUnique();
        b.HasOne<LedgerEntry>().WithMany().HasForeignKey(e => e.ReversesEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LedgerAllocationConfiguration : IEntityTypeConfiguration<LedgerAllocation>
{
    public void Configure(EntityTypeBuilder<LedgerAllocation> b)
    {
        b.Property(a => a.Amount).HasPrecision(18, 2);
        // Two keys into the same table: neither may cascade on SQL Server.
        b.HasOne(a => a.PaymentEntry).WithMany().HasForeignKey(a => a.PaymentEntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.InvoiceEntry).WithMany().HasForeignKey(a => a.InvoiceEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}
