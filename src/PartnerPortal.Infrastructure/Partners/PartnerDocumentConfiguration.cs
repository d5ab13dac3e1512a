using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Infrastructure.Partners;

internal sealed class PartnerDocumentConfiguration : IEntityTypeConfiguration<PartnerDocument>
{
    public void Configure(EntityTypeBuilder<PartnerDocument> b)
    {
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.Number).HasMaxLength(PartnerDocument.NumberMaxLength);
        b.Property(d => d.Note).HasMaxLength(PartnerDocument.NoteMaxLength);
        b.HasIndex(d => d.PartnerId);
        // The expiring-documents list and the dashboard counter look documents up by expiry date.
        b.HasIndex(d => d.ExpiresOn);
        b.HasOne(d => d.Partner).WithMany().HasForeignKey(d => d.PartnerId).OnDelete(DeleteBehavior.Cascade);
        // A scan gone leaves the document without one (also when the table goes, as a downgrade drops it).
        b.HasOne(d => d.Scan).WithMany().HasForeignKey(d => d.ScanId).OnDelete(DeleteBehavior.SetNull);
    }
}
