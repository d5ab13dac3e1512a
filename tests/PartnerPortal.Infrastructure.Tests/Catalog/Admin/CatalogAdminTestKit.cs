using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Catalog.Admin;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Catalog.Admin;

/// <summary>The catalog administration services built directly, and the demo figures the tests start from.</summary>
internal static class CatalogAdminTestKit
{
    /// <summary>The moment the stock adjustments of the tests are recorded at.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(8));

    public static ProductAdminService Products(TestDatabase database) =>
        new(database.Get<PortalDbContextFactory>(), database.UserAccessor);

    public static CategoryAdminService Categories(TestDatabase database) =>
        new(database.Get<PortalDbContextFactory>(), database.UserAccessor);

    public static TierPricingService Pricing(TestDatabase database) =>
        new(database.Get<PortalDbContextFactory>(), database.UserAccessor);

    public static StockAdjustmentService Stock(TestDatabase database) =>
        new(database.Get<PortalDbContextFactory>(), database.UserAccessor, new FixedClock(Now));

    public static async Task<int> ProductIdAsync(TestDatabase database, string sku)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.Products.Where(p => p.Sku == sku).Select(p => p.Id).SingleAsync();
    }

    public static async Task<int> CategoryIdAsync(TestDatabase database, string code)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.ProductCategories.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
    }

    public static async Task<int> WarehouseIdAsync(TestDatabase database, string code)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.Warehouses.Where(w => w.Code == code).Select(w => w.Id).SingleAsync();
    }

    /// <summary>On hand and reserved of a product in a warehouse, or null when it has no stock row there.</summary>
    public static async Task<(int OnHand, int Reserved)?> StockAsync(TestDatabase database, string warehouseCode, string sku)
    {
        await using var db = await database.CreateSystemContextAsync();
        var level = await db.StockLevels.Where(s => s.Warehouse!.Code == warehouseCode && s.Product!.Sku == sku)
            .Select(s => new { s.OnHand, s.Reserved }).SingleOrDefaultAsync();
        return level is null ? null : (level.OnHand, level.Reserved);
    }

    /// <summary>Sets what orders hold of a product in a warehouse, behind the services' backs.</summary>
    public static async Task SetReservedAsync(TestDatabase database, string warehouseCode, string sku, int reserved)
    {
        await using var db = await database.CreateSystemContextAsync();
        var level = await db.StockLevels.SingleAsync(s => s.Warehouse!.Code == warehouseCode && s.Product!.Sku == sku);
        level.Reserved = reserved;
        await db.SaveChangesAsync();
    }

    public static async Task<long> LastAuditIdAsync(TestDatabase database)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.AuditEntries.MaxAsync(e => (long?)e.Id) ?? 0;
    }

    public static async Task<List<AuditEntry>> AuditEntriesAfterAsync(TestDatabase database, long lastId, string entityType)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.AuditEntries.Where(e => e.Id > lastId && e.EntityType == entityType).OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>The "old" and "new" values an audit entry recorded for one property (each null when absent).</summary>
    public static (JsonElement? Old, JsonElement? New) Change(AuditEntry entry, string property)
    {
        using var document = JsonDocument.Parse(entry.Changes);
        if (!document.RootElement.TryGetProperty(property, out var change)) throw new Xunit.Sdk.XunitException($"No change of {property} in {entry.Changes}");
        return (change.TryGetProperty("old", out var old) ? old.Clone() : null, change.TryGetProperty("new", out var @new) ? @new.Clone() : null);
    }

    /// <summary>The names of the properties an audit entry recorded.</summary>
    public static IReadOnlyList<string> ChangedProperties(AuditEntry entry)
    {
        using var document = JsonDocument.Parse(entry.Changes);
        return document.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
