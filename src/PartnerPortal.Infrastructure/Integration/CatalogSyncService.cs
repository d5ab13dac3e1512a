using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Catalog;
using PartnerPortal.Domain.Catalog.Admin;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// The ERP's product master: bulk upsert of products and their explicit tier prices by SKU, and deactivation. Every item
/// is checked with the catalog's own rules (<see cref="ProductRules"/>) before anything is written; then all are saved in
/// one transaction, or none. Products and tier prices are audited, so each change is logged as made by the API key.
/// </summary>
public sealed class CatalogSyncService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser)
{
    private static readonly Dictionary<string, string> Renamed = new() { [nameof(ProductDraft.CategoryId)] = "categoryCode" };

    /// <summary>Creates the products whose SKU is new and updates the others; sending the same items again changes nothing.</summary>
    /// <exception cref="ScopeViolationException">The caller is neither an integration nor an admin.</exception>
    public async Task<BatchOutcome<UpsertSummary>> UpsertProductsAsync(IReadOnlyList<ProductSyncItem?> items, CancellationToken ct = default)
    {
        SyncSupport.RequireAdminOrIntegration(await currentUser.GetAsync(ct));
        if (SyncSupport.CheckBatch(items) is { } batchProblem) return BatchOutcome<UpsertSummary>.Failed([batchProblem]);
        // A concurrent upsert of the same new SKU fails the unique index: the retry finds the product and updates it.
        return await CommandSupport.RetryAsync(() => TryUpsertAsync(items, ct), ct);
    }

    /// <summary>Takes the product off sale (it stays in orders and history). Deactivating an inactive product changes nothing.</summary>
    /// <exception cref="ScopeViolationException">The caller is neither an integration nor an admin.</exception>
    public async Task<Outcome<ProductState>> DeactivateAsync(string sku, CancellationToken ct = default)
    {
        SyncSupport.RequireAdminOrIntegration(await currentUser.GetAsync(ct));
        sku = TextRules.NormalizeCode(sku);
        await using var db = await contexts.CreateAsync(ct);
        var product = await db.Products.FirstOrDefaultAsync(p => p.Sku == sku, ct);
        if (product is null) return Outcome<ProductState>.Failed(ProblemCodes.UnknownSku, "sku", sku);
        var changed = product.IsActive;
        if (changed)
        {
            product.IsActive = false;
            await db.SaveChangesAsync(ct);
        }
        return Outcome<ProductState>.Success(new ProductState(product.Sku, false, changed));
    }

    private async Task<BatchOutcome<UpsertSummary>> TryUpsertAsync(IReadOnlyList<ProductSyncItem?> items, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var skus = items.Select(i => TextRules.NormalizeCode(i?.Sku)).Where(s => s.Length > 0).Distinct().ToList();
        var categories = await db.ProductCategories.AsNoTracking()
            .ToDictionaryAsync(c => c.Code, c => c.Id, StringComparer.OrdinalIgnoreCase, ct);
        var stored = await db.Products.Where(p => skus.Contains(p.Sku)).ToDictionaryAsync(p => p.Sku, ct);
        var storedIds = stored.Values.Select(p => p.Id).ToList();
        var storedTierPrices = (await db.TierPrices.Where(t => storedIds.Contains(t.ProductId)).ToListAsync(ct)).ToLookup(t => t.ProductId);

        var problems = new List<ItemProblem>();
        var plans = new List<ProductPlan>();
        var seen = new HashSet<string>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                problems.Add(ItemProblem.For(i, ProblemCodes.Required, $"items[{i}]"));
                continue;
            }
            var sku = TextRules.NormalizeCode(item.Sku);
            var plan = Check(item, stored.GetValueOrDefault(sku), categories, out var itemProblems);
            problems.AddRange(SyncSupport.ForItem(i, itemProblems, Renamed));
            if (sku.Length > 0 && !seen.Add(sku)) problems.Add(ItemProblem.For(i, ProblemCodes.Duplicate, "sku", sku));
            plans.Add(plan);
        }
        if (problems.Count > 0) return BatchOutcome<UpsertSummary>.Failed(problems);

        var (created, updated) = (0, 0);
        foreach (var plan in plans)
        {
            var product = plan.Stored ?? db.Products.Add(new Product()).Entity;
            var d = plan.Draft;
            (product.Sku, product.Name, product.NameEn, product.CategoryId, product.Unit, product.UnitEn) =
                (d.Sku, d.Name, d.NameEn, d.CategoryId, d.Unit, d.UnitEn);
            (product.PackSize, product.MinOrderQuantity, product.OrderMultiple, product.ListPrice, product.LowStockThreshold, product.IsActive) =
                (d.PackSize, d.MinOrderQuantity, d.OrderMultiple, d.ListPrice, d.LowStockThreshold, d.IsActive);
            var tiersChanged = plan.TierPrices is { } prices && ApplyTierPrices(db, product, plan.Stored is null ? [] : storedTierPrices[product.Id], prices);

            if (plan.Stored is null) created++;
            else if (tiersChanged || db.Entry(product).State == EntityState.Modified) updated++;
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return BatchOutcome<UpsertSummary>.Success(new UpsertSummary(created, updated, plans.Count - created - updated));
    }

    /// <summary>The item as a product draft (left-out fields from the stored product or the defaults), and what is wrong with it.</summary>
    private static ProductPlan Check(ProductSyncItem item, Product? stored, Dictionary<string, int> categories, out List<Problem> problems)
    {
        problems = [];
        var categoryCode = TextRules.NormalizeCode(item.CategoryCode);
        var categoryExists = categories.TryGetValue(categoryCode, out var categoryId);
        // The rules tell "none chosen" (0) from "not stored" (an id no category has).
        if (!categoryExists) categoryId = categoryCode.Length == 0 ? 0 : int.MaxValue;
        if (item.ListPrice is null) problems.Add(new Problem(ProblemCodes.Required, nameof(ProductDraft.ListPrice)));

        var draft = ProductRules.Normalize(new ProductDraft(item.Sku ?? "", item.Name ?? "", item.NameEn ?? "", categoryId, item.Unit ?? "",
            item.UnitEn ?? stored?.UnitEn ?? "", item.PackSize ?? stored?.PackSize ?? 1, item.MinOrderQuantity ?? stored?.MinOrderQuantity ?? 1,
            item.OrderMultiple ?? stored?.OrderMultiple ?? 1, item.ListPrice ?? 0m, item.LowStockThreshold ?? stored?.LowStockThreshold ?? 0,
            item.Active ?? stored?.IsActive ?? true));
        problems.AddRange(ProductRules.Validate(draft, categoryExists));

        List<(PartnerTier Tier, decimal Price)>? tierPrices = null;
        if (item.TierPrices is { } sent)
        {
            tierPrices = [];
            var tiers = new HashSet<PartnerTier>();
            for (var j = 0; j < sent.Count; j++)
            {
                var field = $"TierPrices[{j}].";
                if (sent[j] is not { } price)
                {
                    problems.Add(new Problem(ProblemCodes.Required, $"TierPrices[{j}]"));
                    continue;
                }
                var tier = SyncSupport.ParseEnum<PartnerTier>(problems, field + "Tier", price.Tier, required: true);
                if (tier is { } t && !tiers.Add(t)) problems.Add(new Problem(ProblemCodes.Duplicate, field + "Tier", t.ToString()));
                if (price.Price is not { } amount) problems.Add(new Problem(ProblemCodes.Required, field + "Price"));
                else ProductRules.Price(problems, field + "Price", amount);
                if (tier is { } known && price.Price is { } value) tierPrices.Add((known, value));
            }
        }
        return new ProductPlan(draft, stored, tierPrices);
    }

    /// <summary>Makes the product's explicit tier prices exactly <paramref name="prices"/>; true when that changed anything.</summary>
    private static bool ApplyTierPrices(Data.PortalDbContext db, Product product, IEnumerable<TierPrice> stored,
        List<(PartnerTier Tier, decimal Price)> prices)
    {
        var changed = false;
        var current = stored.ToDictionary(t => t.Tier);
        foreach (var (tier, row) in current.Where(c => prices.All(p => p.Tier != c.Key)))
        {
            db.TierPrices.Remove(row);
            changed = true;
        }
        foreach (var (tier, price) in prices)
        {
            if (current.TryGetValue(tier, out var row))
            {
                if (row.Price == price) continue;
                row.Price = price;
            }
            else db.TierPrices.Add(new TierPrice { Tier = tier, Product = product, Price = price });
            changed = true;
        }
        return changed;
    }

    private sealed record ProductPlan(ProductDraft Draft, Product? Stored, List<(PartnerTier Tier, decimal Price)>? TierPrices);
}
