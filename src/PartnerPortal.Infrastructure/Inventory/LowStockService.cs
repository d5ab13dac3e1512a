using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Inventory;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Inventory;

/// <summary>
/// The brand's low-stock alert: active products whose available stock (on hand − reserved, all warehouses together)
/// is at or below their threshold, emptiest first, with each warehouse's figures.
/// </summary>
public sealed class LowStockService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser)
{
    /// <summary>How many products are low: the number the dashboards show for this list.</summary>
    public static Task<int> CountAsync(Data.PortalDbContext db, CancellationToken ct) =>
        LowStock(db, db.Products.AsNoTracking().Where(p => p.IsActive)).CountAsync(ct);

    private static IQueryable<LowProduct> LowStock(Data.PortalDbContext db, IQueryable<Domain.Catalog.Product> products) =>
        products
            .Select(p => new LowProduct
            {
                Id = p.Id, Sku = p.Sku, Name = p.Name, NameEn = p.NameEn, LowStockThreshold = p.LowStockThreshold,
                OnHand = db.StockLevels.Where(s => s.ProductId == p.Id).Sum(s => (int?)s.OnHand) ?? 0,
                Reserved = db.StockLevels.Where(s => s.ProductId == p.Id).Sum(s => (int?)s.Reserved) ?? 0,
            })
            .Where(p => p.OnHand - p.Reserved <= p.LowStockThreshold);

    private sealed class LowProduct
    {
        public int Id { get; init; }
        public string Sku { get; init; } = "";
        public string Name { get; init; } = "";
        public string NameEn { get; init; } = "";
        public int LowStockThreshold { get; init; }
        public int OnHand { get; init; }
        public int Reserved { get; init; }
    }

    public async Task<PagedResult<LowStockItem>> ListAsync(PageRequest page, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var products = db.Products.AsNoTracking().Where(p => p.IsActive);
        if (page.SearchPattern is { } like)
            products = products.Where(p => EF.Functions.Like(p.Sku, like, PageRequest.LikeEscape)
                || EF.Functions.Like(p.Name, like, PageRequest.LikeEscape) || EF.Functions.Like(p.NameEn, like, PageRequest.LikeEscape));
        var low = LowStock(db, products);

        var total = await low.CountAsync(ct);
        var rows = await low.OrderBy(p => p.OnHand - p.Reserved).ThenBy(p => p.Sku).Skip(page.Skip).Take(page.SafePageSize).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var levels = (await db.StockLevels.AsNoTracking().Where(s => ids.Contains(s.ProductId))
                .Select(s => new { s.ProductId, Stock = new WarehouseStock(s.WarehouseId, s.Warehouse!.Code, s.Warehouse.Name, s.Warehouse.NameEn,
                    s.OnHand, s.Reserved, s.OnHand - s.Reserved) })
                .ToListAsync(ct))
            .ToLookup(s => s.ProductId, s => s.Stock);

        var items = rows.Select(r => new LowStockItem(r.Id, r.Sku, r.Name, r.NameEn, r.LowStockThreshold, r.OnHand, r.Reserved,
            r.OnHand - r.Reserved, StockRules.StateOf(r.OnHand - r.Reserved, r.LowStockThreshold),
            levels[r.Id].OrderBy(w => w.Code).ToList())).ToList();
        return new PagedResult<LowStockItem>(items, total);
    }
}
