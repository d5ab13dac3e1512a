using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Infrastructure.Partners;

internal sealed class PartnerDocumentRenewalConfiguration : IEntityTypeConfiguration<PartnerDocumentRenewal>
{
    public void Configure(EntityTypeBuilder<PartnerDocumentRenewal> b)
    {
        b.Property(r => r.Number).HasMaxLength(PartnerDocument.NumberMaxLength);
        // Of two managers deciding at once, the second one's update finds the status changed and fails.
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(10).IsConcurrencyToken();
        b.Property(r => r.SubmittedByUserId).HasMaxLength(450);
        b.Property(r => r.SubmittedByName).HasMaxLength(PartnerDocumentRenewal.ActorMaxLength);
        b.Property(r => r.DecidedByUserId).HasMaxLength(450);
        b.Property(r => r.DecidedByName).HasMaxLength(PartnerDocumentRenewal.ActorMaxLength);
        b.Property(r => r.Reason).HasMaxLength(PartnerDocumentRenewal.ReasonMaxLength);
        b.Property(r => r.PreviousNumber).HasMaxLength(PartnerDocument.NumberMaxLength);
        // The managers' queue reads pending renewals; a document's history reads its renewals.
        b.HasIndex(r => new { r.Status, r.SubmittedAt });
        b.HasIndex(r => r.DocumentId);
        b.HasIndex(r => r.PartnerId);
        b.HasOne(r => r.Partner).WithMany().HasForeignKey(r => r.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Document).WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.Scan).WithMany().HasForeignKey(r => r.ScanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.PreviousScan).WithMany().HasForeignKey(r => r.PreviousScanId).OnDelete(DeleteBehavior.Restrict);
    }
}
