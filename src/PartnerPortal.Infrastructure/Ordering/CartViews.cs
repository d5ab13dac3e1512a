using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Infrastructure.Partners;

namespace PartnerPortal.Infrastructure.Ordering;

/// <summary>A cart line at today's tier price, with what would stop it from being ordered.</summary>
public sealed record CartLineView(int Id, int ProductId, string Sku, string Name, string NameEn, string Unit, string UnitEn,
    int Quantity, int MinOrderQuantity, int OrderMultiple, decimal ListPrice, decimal UnitPrice, decimal LineTotal, int Available,
    IReadOnlyList<Problem> Problems);

/// <summary>
/// The cart at today's prices. <see cref="ExpiredAuthorization"/>: the partner's dealer authorization has expired and the
/// brand blocks ordering on that, so the order would be refused.
/// </summary>
public sealed record CartView(IReadOnlyList<CartLineView> Lines, decimal Total, ExpiredAuthorization? ExpiredAuthorization = null)
{
    public bool IsEmpty => Lines.Count == 0;
    public bool LinesValid => Lines.All(l => l.Problems.Count == 0);
    public bool CanSubmit => Lines.Count > 0 && LinesValid && ExpiredAuthorization is null;
}

/// <summary>
/// The result of a quick order or an uploaded file: how many lines were read and valid, the first
/// <see cref="MaxShown"/> lines with problems (a file of thousands of bad lines is summed up, not listed), how many more
/// there are, and how many lines went into the cart.
/// </summary>
public sealed record QuickOrderReport(int LineCount, int ValidCount, IReadOnlyList<CheckedOrderLine> Problems, int MoreProblems, int Added)
{
    /// <summary>The most lines with problems a report lists.</summary>
    public const int MaxShown = 50;

    public bool AllValid => ValidCount == LineCount;

    public int InvalidCount => LineCount - ValidCount;

    public static QuickOrderReport From(IReadOnlyList<CheckedOrderLine> lines, int added)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var invalid = lines.Where(l => !l.IsValid).ToList();
        var shown = invalid.Take(MaxShown).ToList();
        return new QuickOrderReport(lines.Count, lines.Count - invalid.Count, shown, invalid.Count - shown.Count, added);
    }
}
