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

/// <summary>The row-by-row result of a quick order or an uploaded file, and how many lines went into the cart.</summary>
public sealed record QuickOrderReport(IReadOnlyList<CheckedOrderLine> Lines, int Added)
{
    public bool AllValid => Lines.All(l => l.IsValid);
    public int ValidCount => Lines.Count(l => l.IsValid);
}
