using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Pricing;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Catalog;

/// <summary>Prices of products for one partner tier: the explicit tier price, else the tier discount off list.</summary>
internal static class PartnerPrices
{
    public static async Task<IReadOnlyDictionary<int, (decimal ListPrice, decimal UnitPrice)>> ForAsync(
        PortalDbContext db, PartnerTier tier, IReadOnlyCollection<int> productIds, CancellationToken ct)
    {
        var listPrices = await db.Products.Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.ListPrice, ct);
        return await ForAsync(db, tier, listPrices, ct);
    }

    /// <summary>The same, for products whose list prices the caller has already read.</summary>
    public static async Task<IReadOnlyDictionary<int, (decimal ListPrice, decimal UnitPrice)>> ForAsync(
        PortalDbContext db, PartnerTier tier, IReadOnlyDictionary<int, decimal> listPrices, CancellationToken ct)
    {
        var productIds = listPrices.Keys.ToList();
        var discount = await db.TierDiscounts.Where(d => d.Tier == tier).Select(d => (decimal?)d.DiscountPercent).FirstOrDefaultAsync(ct);
        var explicitPrices = await db.TierPrices.Where(t => t.Tier == tier && productIds.Contains(t.ProductId))
            .ToDictionaryAsync(t => t.ProductId, t => t.Price, ct);
        return listPrices.ToDictionary(p => p.Key, p => (p.Value,
            PriceRules.UnitPrice(new PriceInputs(p.Value, discount, explicitPrices.TryGetValue(p.Key, out var price) ? price : null))));
    }
}
