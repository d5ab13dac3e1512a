using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Infrastructure.Partners;

internal sealed class PartnerContactConfiguration : IEntityTypeConfiguration<PartnerContact>
{
    public void Configure(EntityTypeBuilder<PartnerContact> b)
    {
        b.Property(c => c.Name).HasMaxLength(PartnerContact.NameMaxLength);
        b.Property(c => c.Title).HasMaxLength(PartnerContact.NameMaxLength);
        b.Property(c => c.Phone).HasMaxLength(PartnerContact.PhoneMaxLength);
        b.Property(c => c.Email).HasMaxLength(PartnerContact.EmailMaxLength);
    }
}
