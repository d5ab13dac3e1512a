using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Regions;

namespace PartnerPortal.Infrastructure.Regions;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.Property(r => r.Code).HasMaxLength(Region.CodeMaxLength);
        b.Property(r => r.Name).HasMaxLength(Region.NameMaxLength);
        b.Property(r => r.NameEn).HasMaxLength(Region.NameMaxLength);
        b.HasIndex(r => r.Code).IsUnique();
    }
}
