namespace PartnerPortal.Domain.Credit.Rules;

/// <summary>The numbers behind a decision, shown to the partner and the approver alike.</summary>
/// <param name="Exposure">Balance plus approved orders not yet invoiced.</param>
/// <param name="Available">Limit minus exposure; negative when the partner is already over the limit.</param>
public sealed record CreditFigures(decimal Limit, decimal Exposure, decimal Available, decimal OrderTotal)
{
    /// <summary>The figures from the limit, the exposure before the order and the order's total.</summary>
    public static CreditFigures Of(decimal limit, decimal exposure, decimal orderTotal) => new(limit, exposure, limit - exposure, orderTotal);

    /// <summary>The exposure once the order counts too.</summary>
    public decimal ExposureAfter => Exposure + OrderTotal;

    /// <summary>How far the exposure after the order passes the limit; 0 when it stays within.</summary>
    public decimal OverLimitBy => Math.Max(0m, ExposureAfter - Limit);
}
