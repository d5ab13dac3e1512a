namespace PartnerPortal.Domain.Rebates;

/// <summary>
/// What a partner bought in the period, net of cancellations and returns. Either figure may be zero or
/// negative when returns exceed purchases.
/// </summary>
/// <param name="NetAmount">Net shipped amount in yuan.</param>
/// <param name="Quantity">Net shipped units.</param>
public sealed record RebateBasisFigures(decimal NetAmount, decimal Quantity);
