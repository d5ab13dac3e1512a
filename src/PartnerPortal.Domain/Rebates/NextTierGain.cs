namespace PartnerPortal.Domain.Rebates;

/// <summary>
/// What reaching the next tier does to the partner's rebate, so that the sentence shown is true in both modes and the
/// cap is named only when it is what limits the gain.
/// </summary>
public enum NextTierGain
{
    /// <summary>Reaching the next threshold raises the rebate by <see cref="NextTierHint.AdditionalAmount"/>, in full.</summary>
    Raises,

    /// <summary>
    /// Reaching it raises the rebate by <see cref="NextTierHint.AdditionalAmount"/>, which is less than the tiers alone would
    /// pay: the cap binds at the next threshold.
    /// </summary>
    RaisesUpToCap,

    /// <summary>The rebate already stands at the cap: reaching the next tier adds nothing this period.</summary>
    CapAlreadyReached,

    /// <summary>
    /// Reaching the threshold itself adds nothing: the next rate is paid only on what is bought beyond it (an incremental
    /// band, or a first tier from zero while nothing counts yet).
    /// </summary>
    PaidAboveThreshold,

    /// <summary>Reaching it adds nothing for another reason (e.g. a next rate no higher than the one reached).</summary>
    None,
}
