using System.Text;

namespace PartnerPortal.Domain.Ordering.Rules;

/// <summary>
/// The column headers an order file may name its SKU and quantity columns with, as Chinese ERP and Excel templates
/// write them. A header matches whatever its case, full-width form (ＳＫＵ), blanks and a unit in brackets (数量（件）).
/// </summary>
public static class OrderCsvHeaders
{
    public static IReadOnlyList<string> Sku { get; } =
        ["sku", "SKU编码", "商品编码", "产品编码", "物料编码", "商品代码", "产品代码", "物料代码", "货号", "商品货号", "型号"];

    public static IReadOnlyList<string> Quantity { get; } = ["数量", "订购数量", "订货数量", "采购数量", "订单数量", "qty", "quantity"];

    private static readonly HashSet<string> SkuKeys = Sku.Select(Key).ToHashSet(StringComparer.Ordinal);
    private static readonly HashSet<string> QuantityKeys = Quantity.Select(Key).ToHashSet(StringComparer.Ordinal);

    public static bool IsSku(string cell) => SkuKeys.Contains(Key(cell));

    public static bool IsQuantity(string cell) => QuantityKeys.Contains(Key(cell));

    /// <summary>A header as it is compared: NFKC, without blanks and a trailing "(unit)", lower case.</summary>
    public static string Key(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var text = cell.Normalize(NormalizationForm.FormKC);
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open > 0 && text.TrimEnd().EndsWith(')')) text = text[..open];
        return string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
    }
}
