namespace PartnerPortal.Domain.Rebates;

/// <summary>A partner's rebate for a period, with the figures that explain it.</summary>
/// <param name="Basis">The net amount or quantity the tiers were measured against; may be zero or negative.</param>
/// <param name="TierReached">The 1-based index of the highest tier reached, or 0 for none.</param>
/// <param name="RateReached">That tier's rate, or null when no tier is reached.</param>
/// <param name="Amount">The rebate in yuan, rounded to the cent and capped; never negative.</param>
/// <param name="Capped">Whether the cap made <paramref name="Amount"/> smaller than it would have been.</param>
/// <param name="UncappedAmount">The rebate before the cap, so the partner can see what the cap withheld.</param>
/// <param name="Next">What the next tier would bring, or null once the top tier is reached.</param>
public sealed record RebateResult(
    decimal Basis,
    int TierReached,
    decimal? RateReached,
    decimal Amount,
    bool Capped,
    decimal UncappedAmount,
    NextTierHint? Next);
