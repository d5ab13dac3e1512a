using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Integration;

namespace PartnerPortal.Infrastructure.Integration;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.Property(k => k.Name).HasMaxLength(ApiKey.NameMaxLength);
        b.Property(k => k.Prefix).HasMaxLength(ApiKey.PrefixLength);
        b.HasIndex(k => k.Prefix).IsUnique();
        b.Property(k => k.SecretHash).HasMaxLength(64);
        b.PrimitiveCollection(k => k.Scopes);
        b.PrimitiveCollection(k => k.RegionIds);
        b.Property(k => k.CreatedByUserName).HasMaxLength(256);
        b.Ignore(k => k.IsActive);
    }
}

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> b)
    {
        b.Property(e => e.Url).HasMaxLength(WebhookEndpoint.UrlMaxLength);
        b.Property(e => e.Description).HasMaxLength(WebhookEndpoint.DescriptionMaxLength);
        b.Property(e => e.ProtectedSecret).HasMaxLength(WebhookEndpoint.ProtectedSecretMaxLength);
        b.PrimitiveCollection(e => e.Events);
    }
}

internal sealed class OutboxEventConfiguration : IEntityTypeConfiguration<OutboxEvent>
{
    public void Configure(EntityTypeBuilder<OutboxEvent> b)
    {
        b.Property(e => e.Type).HasMaxLength(OutboxEvent.TypeMaxLength);
        b.HasIndex(e => e.EventId).IsUnique();
        // The dispatcher reads the events not yet dispatched, oldest first.
        b.HasIndex(e => new { e.DispatchedAt, e.Id });
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> b)
    {
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(d => d.LastError).HasMaxLength(WebhookDelivery.ErrorMaxLength);
        b.HasOne(d => d.Endpoint).WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(d => d.Event).WithMany().HasForeignKey(d => d.OutboxEventId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => new { d.EndpointId, d.OutboxEventId }).IsUnique();
        b.HasIndex(d => new { d.Status, d.NextAttemptAt });
    }
}

internal sealed class OrderChangeConfiguration : IEntityTypeConfiguration<OrderChange>
{
    public void Configure(EntityTypeBuilder<OrderChange> b)
    {
        b.HasOne(c => c.Order).WithMany().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.OrderId, c.Id });
    }
}
