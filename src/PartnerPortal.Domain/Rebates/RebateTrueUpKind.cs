namespace PartnerPortal.Domain.Rebates;

/// <summary>What a settled period's recalculation calls for.</summary>
public enum RebateTrueUpKind
{
    /// <summary>The recalculated rebate is what was settled: nothing to post.</summary>
    None,
    /// <summary>The partner earned more than was settled: a credit note for the difference.</summary>
    TopUp,
    /// <summary>The partner earned less than was settled: a debit note for the difference.</summary>
    ClawBack,
}
