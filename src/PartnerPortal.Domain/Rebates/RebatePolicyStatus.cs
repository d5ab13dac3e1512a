namespace PartnerPortal.Domain.Rebates;

/// <summary>
/// A policy version's life: a draft can be edited and deleted; once active its rules never change. A revision
/// supersedes it from a period on; closing ends it after the current period.
/// </summary>
public enum RebatePolicyStatus
{
    Draft,
    Active,
    /// <summary>Replaced by a later version from that version's first day; still accrues for the periods before.</summary>
    Superseded,
    Closed,
}
