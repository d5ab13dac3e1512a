namespace PartnerPortal.Domain.Rebates;

/// <summary>
/// The difference between what was settled for a closed period and what the period's basis earns now, with the
/// recalculation that explains it.
/// </summary>
/// <param name="Settled">What the partner has been paid for the period so far: the settled accrual and earlier true-ups.</param>
/// <param name="Recomputed">The period's rebate on today's basis, under the same policy version.</param>
/// <param name="Difference">Recomputed less settled, to the cent: positive is owed to the partner, negative back from it.</param>
public sealed record RebateTrueUpDecision(RebateTrueUpKind Kind, decimal Settled, RebateResult Recomputed, decimal Difference)
{
    /// <summary>The amount of the credit or debit note: the difference without its sign.</summary>
    public decimal NoteAmount => Math.Abs(Difference);
}
