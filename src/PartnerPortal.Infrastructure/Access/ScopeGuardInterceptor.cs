using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Access;

/// <summary>
/// Query filters protect reads; this protects writes. New partner-owned rows get the caller's partner
/// stamped on them, and no row of a partner outside the caller's scope is inserted, changed or deleted.
/// </summary>
public sealed class ScopeGuardInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is PortalDbContext db) Guard(db);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is PortalDbContext db) Guard(db);
        return ValueTask.FromResult(result);
    }

    private static void Guard(PortalDbContext db)
    {
        var scope = db.Scope;
        if (scope.Kind == ScopeKind.All) return;

        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            switch (entry.Entity)
            {
                case Partner partner:
                    RequireVisible(scope, partner.Id, RegionOf(entry, nameof(Partner.RegionId), original: true), entry);
                    RequireVisible(scope, partner.Id, partner.RegionId, entry);
                    break;
                case IPartnerOwned owned:
                    if (entry.State == EntityState.Added && owned.PartnerId == 0 && scope.Kind == ScopeKind.Partner)
                        owned.PartnerId = scope.PartnerId!.Value;
                    if (entry.State != EntityState.Added)
                        RequireOwnedVisible(db, scope, (int)entry.Property(nameof(IPartnerOwned.PartnerId)).OriginalValue!, entry);
                    // A row added with a partner added in the same save: that partner's own check decides.
                    if (entry.Reference(nameof(IPartnerOwned.Partner)).TargetEntry is { State: EntityState.Added, Entity: Partner added })
                        RequireVisible(scope, added.Id, added.RegionId, entry);
                    else
                        RequireOwnedVisible(db, scope, owned.PartnerId, entry);
                    break;
            }
        }
    }

    private static int RegionOf(EntityEntry entry, string property, bool original) =>
        entry.State == EntityState.Added || !original
            ? (int)entry.Property(property).CurrentValue!
            : (int)entry.Property(property).OriginalValue!;

    private static void RequireVisible(AccessScope scope, int partnerId, int regionId, EntityEntry entry)
    {
        if (!scope.CanSee(partnerId, regionId)) throw Violation(entry, partnerId);
    }

    private static void RequireOwnedVisible(PortalDbContext db, AccessScope scope, int partnerId, EntityEntry entry)
    {
        if (scope.Kind == ScopeKind.Partner)
        {
            if (scope.PartnerId != partnerId) throw Violation(entry, partnerId);
            return;
        }
        // Channel managers: the partner must be one the filtered Partners set returns.
        var regionId = db.Partners.Where(p => p.Id == partnerId).Select(p => (int?)p.RegionId).FirstOrDefault();
        if (regionId is null || !scope.CanSee(partnerId, regionId.Value)) throw Violation(entry, partnerId);
    }

    private static ScopeViolationException Violation(EntityEntry entry, int partnerId) =>
        new($"{entry.Metadata.ClrType.Name} of partner {partnerId} is outside the caller's scope ({entry.State}).");
}
