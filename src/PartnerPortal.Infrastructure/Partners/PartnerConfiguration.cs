using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Infrastructure.Partners;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> b)
    {
        b.Property(p => p.Code).HasMaxLength(Partner.CodeMaxLength);
        b.Property(p => p.Name).HasMaxLength(Partner.NameMaxLength);
        b.Property(p => p.NameEn).HasMaxLength(Partner.NameMaxLength);
        b.Property(p => p.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Tier).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.CreditRating).HasConversion<string>().HasMaxLength(2);
        b.HasIndex(p => p.Code).IsUnique();
        b.HasIndex(p => p.Name);
        b.HasIndex(p => p.RegionId);
        // A region or parent with partners cannot be deleted: the service says so instead.
        b.HasOne(p => p.Region).WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.ParentPartner).WithMany().HasForeignKey(p => p.ParentPartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Contacts).WithOne(c => c.Partner).HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
