namespace PartnerPortal.Domain.Credit.Rules;

/// <summary>The numbers behind a decision, shown to the partner and the approver alike.</summary>
/// <param name="Exposure">Balance plus approved orders not yet invoiced.</param>
/// <param name="Available">Limit minus exposure; negative when the partner is already over the limit.</param>
public sealed record CreditFigures(decimal Limit, decimal Exposure, decimal Available, decimal OrderTotal);
