using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Catalog.Admin;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Inventory;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Users;

namespace PartnerPortal.Infrastructure.Catalog.Admin;

/// <summary>
/// Manual stock corrections with a reason (Admin only). The stock level changes by a guarded update that only
/// succeeds while on hand stays at or above what orders have reserved, in the same transaction as the recorded
/// (and audited) adjustment, so concurrent reservations and adjustments never take stock below zero.
/// </summary>
public sealed class StockAdjustmentService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    public async Task<IReadOnlyList<WarehouseOption>> ListWarehousesAsync(CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        await using var db = await contexts.CreateAsync(ct);
        return await db.Warehouses.AsNoTracking().OrderBy(w => w.Code)
            .Select(w => new WarehouseOption(w.Id, w.Code, w.Name, w.NameEn)).ToListAsync(ct);
    }

    /// <summary>The product's on-hand and reserved quantities in the warehouse; zeros when it has no stock row there.</summary>
    public async Task<StockFigures> GetFiguresAsync(int warehouseId, int productId, CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        await using var db = await contexts.CreateAsync(ct);
        return await db.StockLevels.AsNoTracking().Where(s => s.WarehouseId == warehouseId && s.ProductId == productId)
            .Select(s => new StockFigures(s.OnHand, s.Reserved)).FirstOrDefaultAsync(ct) ?? new StockFigures(0, 0);
    }

    /// <summary>
    /// Adds <paramref name="delta"/> (negative to write stock off) to the product's on-hand quantity in the warehouse and
    /// records why. A product never stocked there gets its stock row on a positive change. Refused, with the figures,
    /// when on hand would fall below zero or below what is reserved for orders.
    /// </summary>
    public async Task<Outcome> AdjustAsync(int warehouseId, int productId, int delta, string reason, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        RoleGuard.Require(user, PortalRoles.Admin);
        reason = reason?.Trim() ?? "";
        var problems = StockAdjustmentRules.Validate(delta, reason).ToList();

        string? sku;
        await using (var db = await contexts.CreateAsync(ct))
        {
            if (!await db.Warehouses.AnyAsync(w => w.Id == warehouseId, ct))
                problems.Add(new Problem(ProblemCodes.NotFound, "WarehouseId"));
            sku = await db.Products.Where(p => p.Id == productId).Select(p => p.Sku).FirstOrDefaultAsync(ct);
            if (sku is null) problems.Add(new Problem(ProblemCodes.NotFound, "ProductId"));
        }
        if (problems.Count > 0) return Outcome.Failed(problems);

        return await CommandSupport.RetryAsync(() => TryAdjustAsync(warehouseId, productId, sku!, delta, reason, user, ct), ct);
    }

    private async Task<Outcome> TryAdjustAsync(int warehouseId, int productId, string sku, int delta, string reason,
        CurrentUser user, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var level = db.StockLevels.Where(s => s.WarehouseId == warehouseId && s.ProductId == productId);

        int onHandAfter;
        var changed = await level.Where(s => s.OnHand + delta >= s.Reserved && s.OnHand + delta >= 0)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.OnHand, x => x.OnHand + delta), ct);
        if (changed == 1)
        {
            onHandAfter = await level.Select(s => s.OnHand).SingleAsync(ct);
        }
        else
        {
            var current = await level.AsNoTracking().Select(s => new StockFigures(s.OnHand, s.Reserved)).FirstOrDefaultAsync(ct);
            if (current is null && delta > 0)
            {
                // Never stocked here: the row is created. A concurrent first adjustment makes this insert fail, and the retry updates.
                db.StockLevels.Add(new StockLevel { WarehouseId = warehouseId, ProductId = productId, OnHand = delta });
                onHandAfter = delta;
            }
            else
            {
                await tx.RollbackAsync(ct);
                var problem = StockAdjustmentRules.Check(sku, current?.OnHand ?? 0, current?.Reserved ?? 0, delta);
                // The figures allow the change now: they moved between the update and the read, so try again.
                if (problem is null) throw new DbUpdateConcurrencyException($"Stock of {sku} in warehouse {warehouseId} changed meanwhile.");
                return Outcome.Failed([problem]);
            }
        }

        db.StockAdjustments.Add(new StockAdjustment
        {
            WarehouseId = warehouseId, ProductId = productId, Delta = delta, Reason = reason, OnHandAfter = onHandAfter,
            At = clock.GetUtcNow(), UserId = user.UserId, UserName = user.UserName,
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome.Success;
    }

    /// <summary>
    /// One page of adjustments, newest first (by id: the order they were recorded in), optionally of one warehouse or
    /// product, searched by SKU, product name or reason.
    /// </summary>
    public async Task<PagedResult<StockAdjustmentListItem>> ListAsync(PageRequest page, int? warehouseId = null, int? productId = null,
        CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        await using var db = await contexts.CreateAsync(ct);
        var query = db.StockAdjustments.AsNoTracking();
        if (warehouseId is { } w) query = query.Where(a => a.WarehouseId == w);
        if (productId is { } p) query = query.Where(a => a.ProductId == p);
        if (page.SearchPattern is { } like)
            query = query.Where(a => EF.Functions.Like(a.Product!.Sku, like, PageRequest.LikeEscape)
                || EF.Functions.Like(a.Product.Name, like, PageRequest.LikeEscape) || EF.Functions.Like(a.Product.NameEn, like, PageRequest.LikeEscape)
                || EF.Functions.Like(a.Reason, like, PageRequest.LikeEscape));

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(a => a.Id).Skip(page.Skip).Take(page.SafePageSize)
            .Select(a => new StockAdjustmentListItem(a.Id, a.At, a.WarehouseId, a.Warehouse!.Code, a.Warehouse.Name, a.Warehouse.NameEn,
                a.ProductId, a.Product!.Sku, a.Product.Name, a.Product.NameEn, a.Delta, a.OnHandAfter, a.Reason, a.UserName))
            .ToListAsync(ct);
        var actor = await ActorNames.ResolveAsync(db, items.Select(i => i.UserName), ct);
        return new PagedResult<StockAdjustmentListItem>(items.Select(i => i with { UserName = actor(i.UserName) }).ToList(), total);
    }
}
