using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Infrastructure.Partners;

internal sealed class PartnerDocumentScanConfiguration : IEntityTypeConfiguration<PartnerDocumentScan>
{
    public void Configure(EntityTypeBuilder<PartnerDocumentScan> b)
    {
        b.Property(s => s.StoredName).HasMaxLength(PartnerDocumentScan.StoredNameLength);
        b.Property(s => s.FileName).HasMaxLength(ScanFileRules.FileNameMaxLength);
        b.Property(s => s.Type).HasConversion<string>().HasMaxLength(10);
        b.Property(s => s.UploadedBy).HasMaxLength(PartnerDocumentScan.UploadedByMaxLength);
        b.HasIndex(s => s.StoredName).IsUnique();
        b.HasIndex(s => s.PartnerId);
        // Partners are deactivated, not deleted; a scan goes with the document that holds it (see PartnerDocumentService).
        b.HasOne(s => s.Partner).WithMany().HasForeignKey(s => s.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
