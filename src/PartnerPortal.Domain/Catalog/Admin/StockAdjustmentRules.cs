using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Inventory;

namespace PartnerPortal.Domain.Catalog.Admin;

/// <summary>
/// Rules of a manual stock adjustment: a non-zero change with a reason, that leaves on hand at or above what
/// orders have reserved (and so never below zero).
/// </summary>
public static class StockAdjustmentRules
{
    /// <summary>The largest change one adjustment may make, either way.</summary>
    public const int MaxDelta = 1_000_000;

    public const string DeltaField = "Delta";
    public const string ReasonField = "Reason";

    /// <summary>The input alone: a change other than 0 within ±<see cref="MaxDelta"/>, and a reason of at most 200 characters.</summary>
    public static IReadOnlyList<Problem> Validate(int delta, string? reason)
    {
        var problems = new List<Problem>();
        if (delta == 0) problems.Add(new Problem(ProblemCodes.NotZero, DeltaField));
        else if (delta is < -MaxDelta or > MaxDelta) problems.Add(new Problem(ProblemCodes.OutOfRange, DeltaField, -MaxDelta, MaxDelta));
        TextRules.Required(problems, ReasonField, reason, StockAdjustment.ReasonMaxLength);
        return problems;
    }

    /// <summary>
    /// What stops the change against the warehouse's current figures, or null when on hand stays at or above
    /// both zero and the quantity reserved for orders. The problem names the SKU and the figures.
    /// </summary>
    public static Problem? Check(string sku, int onHand, int reserved, int delta)
    {
        var after = (long)onHand + delta;
        if (after < 0) return new Problem(ProblemCodes.StockBelowZero, DeltaField, sku, onHand, (int)after);
        if (after < reserved) return new Problem(ProblemCodes.StockBelowReserved, DeltaField, sku, onHand, (int)after, reserved);
        if (after > int.MaxValue) return new Problem(ProblemCodes.OutOfRange, DeltaField, -MaxDelta, MaxDelta);
        return null;
    }
}
