using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PartnerPortal.Infrastructure.Regions;

internal sealed class ManagerRegionConfiguration : IEntityTypeConfiguration<ManagerRegion>
{
    public void Configure(EntityTypeBuilder<ManagerRegion> b)
    {
        b.HasKey(m => new { m.UserId, m.RegionId });
        b.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.Region).WithMany().HasForeignKey(m => m.RegionId).OnDelete(DeleteBehavior.Cascade);
    }
}
