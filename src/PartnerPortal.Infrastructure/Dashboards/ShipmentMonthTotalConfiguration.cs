using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Dashboards;

namespace PartnerPortal.Infrastructure.Dashboards;

internal sealed class ShipmentMonthTotalConfiguration : IEntityTypeConfiguration<ShipmentMonthTotal>
{
    public void Configure(EntityTypeBuilder<ShipmentMonthTotal> b)
    {
        b.Property(t => t.Amount).HasPrecision(18, 2);
        // Two saves that read the same total and both add to it: the second one's update finds the count changed and fails
        // (and the shipment is retried) instead of losing the first one's amount.
        b.Property(t => t.Count).IsConcurrencyToken();
        b.HasIndex(t => new { t.PartnerId, t.Month }).IsUnique();
        // The dashboards read a range of months across partners.
        b.HasIndex(t => t.Month);
        b.HasOne(t => t.Partner).WithMany().HasForeignKey(t => t.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
