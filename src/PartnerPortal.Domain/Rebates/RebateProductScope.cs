namespace PartnerPortal.Domain.Rebates;

/// <summary>
/// The products a policy version covers: its target (every product, some categories or some SKUs) less the excluded
/// categories and SKUs. Ids only; which products they resolve to is the database's business.
/// </summary>
public sealed record RebateProductScope(
    RebateProductTarget Target,
    IReadOnlyList<int> CategoryIds,
    IReadOnlyList<int> ProductIds,
    IReadOnlyList<int> ExcludedCategoryIds,
    IReadOnlyList<int> ExcludedProductIds)
{
    /// <summary>
    /// This scope without the products <paramref name="other"/> pays on, so that two exclusive policies stop paying
    /// twice for them. Categories and SKUs are excluded by name rather than product by product, so that a product added
    /// to a category later still goes to one policy only. A scope that lists categories (or SKUs) drops them from its
    /// list instead of excluding them. Null when nothing sensible is left: <paramref name="other"/> covers every
    /// product, or it names every category (or SKU) this scope lists.
    /// </summary>
    public RebateProductScope? Without(RebateProductScope other)
    {
        ArgumentNullException.ThrowIfNull(other);
        switch (other.Target)
        {
            case RebateProductTarget.Categories:
            {
                var categories = other.CategoryIds.Except(other.ExcludedCategoryIds).ToHashSet();
                if (Target == RebateProductTarget.Categories)
                {
                    var kept = CategoryIds.Where(c => !categories.Contains(c)).ToList();
                    return kept.Count == 0 ? null : this with { CategoryIds = kept };
                }
                return this with { ExcludedCategoryIds = Union(ExcludedCategoryIds, categories) };
            }
            case RebateProductTarget.Products:
            {
                var products = other.ProductIds.Except(other.ExcludedProductIds).ToHashSet();
                if (Target == RebateProductTarget.Products)
                {
                    var kept = ProductIds.Where(p => !products.Contains(p)).ToList();
                    return kept.Count == 0 ? null : this with { ProductIds = kept };
                }
                return this with { ExcludedProductIds = Union(ExcludedProductIds, products) };
            }
            default:
                return null;
        }
    }

    /// <summary>Same target, same ids, whatever their order.</summary>
    public bool SameAs(RebateProductScope other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Target == other.Target && Same(CategoryIds, other.CategoryIds) && Same(ProductIds, other.ProductIds)
               && Same(ExcludedCategoryIds, other.ExcludedCategoryIds) && Same(ExcludedProductIds, other.ExcludedProductIds);
    }

    private static List<int> Union(IEnumerable<int> a, IEnumerable<int> b) => a.Union(b).Order().ToList();

    private static bool Same(IEnumerable<int> a, IEnumerable<int> b) => a.ToHashSet().SetEquals(b);
}
