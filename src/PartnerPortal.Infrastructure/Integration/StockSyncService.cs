using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Catalog.Admin;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Inventory;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// On-hand quantities from the ERP, which is their source of truth; the portal keeps what its orders have reserved. Each
/// changed quantity is recorded as a stock adjustment (reason <see cref="Reason"/>, by the API key) in the same
/// transaction, like a manual correction. An on-hand below what is reserved is refused for that item
/// (<see cref="StockAdjustmentRules.Check"/>), and then nothing of the batch is saved.
/// </summary>
public sealed class StockSyncService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    public const string Reason = "ERP sync";
    /// <summary>The largest on-hand quantity accepted: far above any warehouse, well inside the column.</summary>
    public const int MaxOnHand = 1_000_000_000;

    /// <summary>Sets each item's on-hand quantity; a product never stocked in the warehouse gets its stock row.</summary>
    /// <returns>Created: new stock rows; updated: changed quantities; unchanged: quantities already as sent.</returns>
    /// <exception cref="ScopeViolationException">The caller is neither an integration nor an admin.</exception>
    public async Task<BatchOutcome<UpsertSummary>> SetOnHandAsync(IReadOnlyList<StockSyncItem?> items, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        SyncSupport.RequireAdminOrIntegration(user);
        if (SyncSupport.CheckBatch(items) is { } batchProblem) return BatchOutcome<UpsertSummary>.Failed([batchProblem]);
        return await CommandSupport.RetryAsync(() => TrySetAsync(items, user, ct), ct);
    }

    private async Task<BatchOutcome<UpsertSummary>> TrySetAsync(IReadOnlyList<StockSyncItem?> items, CurrentUser user, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var warehouses = await db.Warehouses.AsNoTracking().ToDictionaryAsync(w => w.Code, w => w.Id, StringComparer.OrdinalIgnoreCase, ct);
        var skus = items.Select(i => TextRules.NormalizeCode(i?.Sku)).Where(s => s.Length > 0).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => skus.Contains(p.Sku)).ToDictionaryAsync(p => p.Sku, p => p.Id, ct);
        var productIds = products.Values.ToList();
        var levels = await db.StockLevels.AsNoTracking().Where(s => productIds.Contains(s.ProductId))
            .ToDictionaryAsync(s => (s.WarehouseId, s.ProductId), ct);

        var problems = new List<ItemProblem>();
        var changes = new List<(int WarehouseId, int ProductId, string Sku, int Target, StockLevel? Current)>();
        var seen = new HashSet<(int, int)>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                problems.Add(ItemProblem.For(i, ProblemCodes.Required, $"items[{i}]"));
                continue;
            }
            var before = problems.Count;
            var code = TextRules.NormalizeCode(item.WarehouseCode);
            int? warehouseId = warehouses.TryGetValue(code, out var w) ? w : null;
            if (code.Length == 0) problems.Add(ItemProblem.For(i, ProblemCodes.Required, "warehouseCode"));
            else if (warehouseId is null) problems.Add(ItemProblem.For(i, ProblemCodes.NotFound, "warehouseCode", code));
            var sku = TextRules.NormalizeCode(item.Sku);
            int? productId = products.TryGetValue(sku, out var p) ? p : null;
            if (sku.Length == 0) problems.Add(ItemProblem.For(i, ProblemCodes.Required, "sku"));
            else if (productId is null) problems.Add(ItemProblem.For(i, ProblemCodes.UnknownSku, "sku", sku));
            if (item.OnHand is not { } target) problems.Add(ItemProblem.For(i, ProblemCodes.Required, "onHand"));
            else if (target is < 0 or > MaxOnHand) problems.Add(ItemProblem.For(i, ProblemCodes.OutOfRange, "onHand", 0, MaxOnHand));
            if (problems.Count > before) continue;

            var key = (warehouseId!.Value, productId!.Value);
            if (!seen.Add(key))
            {
                problems.Add(ItemProblem.For(i, ProblemCodes.Duplicate, "sku", $"{code.ToUpperInvariant()} {sku}"));
                continue;
            }
            var current = levels.GetValueOrDefault(key);
            var onHand = item.OnHand!.Value;
            if (onHand == (current?.OnHand ?? 0)) continue;
            // The same rule as a manual adjustment: never below what orders have reserved.
            if (StockAdjustmentRules.Check(sku, current?.OnHand ?? 0, current?.Reserved ?? 0, onHand - (current?.OnHand ?? 0)) is { } refused)
            {
                problems.Add(new ItemProblem(i, refused with { Field = "onHand" }));
                continue;
            }
            changes.Add((key.Item1, key.Item2, sku, onHand, current));
        }
        if (problems.Count > 0) return BatchOutcome<UpsertSummary>.Failed(problems);

        var created = 0;
        var now = clock.GetUtcNow();
        foreach (var (warehouseId, productId, sku, target, current) in changes)
        {
            if (current is null)
            {
                // Never stocked here: a concurrent first write makes this insert fail, and the retry updates.
                db.StockLevels.Add(new StockLevel { WarehouseId = warehouseId, ProductId = productId, OnHand = target });
                created++;
            }
            else
            {
                // Guarded: an order that reserved, or an adjustment that changed on hand, since the read above makes this
                // update miss, and the whole batch is tried again on fresh figures.
                var before = current.OnHand;
                var changed = await db.StockLevels
                    .Where(s => s.WarehouseId == warehouseId && s.ProductId == productId && s.OnHand == before && s.Reserved <= target)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.OnHand, target), ct);
                if (changed != 1) throw new DbUpdateConcurrencyException($"Stock of {sku} in warehouse {warehouseId} changed meanwhile.");
            }
            db.StockAdjustments.Add(new StockAdjustment
            {
                WarehouseId = warehouseId, ProductId = productId, Delta = target - (current?.OnHand ?? 0), Reason = Reason, OnHandAfter = target,
                At = now, UserId = user.UserId, UserName = user.UserName,
            });
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return BatchOutcome<UpsertSummary>.Success(new UpsertSummary(created, changes.Count - created, items.Count - changes.Count));
    }
}
