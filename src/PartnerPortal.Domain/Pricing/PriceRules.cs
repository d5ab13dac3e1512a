namespace PartnerPortal.Domain.Pricing;

/// <summary>
/// Unit price, line total and order total. Each line is rounded to the cent and the order is the sum of
/// those lines, so the order total always equals what the printed lines add up to.
/// </summary>
public static class PriceRules
{
    /// <summary>
    /// The explicit tier price when there is one (it was negotiated for the SKU), else the list price less
    /// the tier discount, rounded to the cent.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative price, or a discount outside 0..100.</exception>
    public static decimal UnitPrice(PriceInputs p)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentOutOfRangeException.ThrowIfNegative(p.ListPrice, nameof(p.ListPrice));
        if (p.ExplicitTierPrice is { } explicitPrice)
            ArgumentOutOfRangeException.ThrowIfNegative(explicitPrice, nameof(p.ExplicitTierPrice));
        if (p.TierDiscountPercent is { } percent)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(percent, nameof(p.TierDiscountPercent));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100m, nameof(p.TierDiscountPercent));
        }

        if (p.ExplicitTierPrice is { } price) return price;
        if (p.TierDiscountPercent is not { } discount) return p.ListPrice;
        return Money.Round(p.ListPrice * (1m - discount / 100m));
    }

    /// <summary>The line's amount, rounded to the cent here so that the order total can simply add lines.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A quantity below 1 or a negative unit price.</exception>
    public static decimal LineTotal(decimal unitPrice, int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(unitPrice);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        return Money.Round(unitPrice * quantity);
    }

    /// <summary>
    /// The sum of line totals from <see cref="LineTotal"/>. Not rounded again: the lines already are, and
    /// rounding the products' sum instead could differ from the lines by a cent.
    /// </summary>
    public static decimal OrderTotal(IEnumerable<decimal> lineTotals)
    {
        ArgumentNullException.ThrowIfNull(lineTotals);
        return lineTotals.Sum();
    }
}
