namespace PartnerPortal.Domain.Rebates;

/// <summary>
/// What the partner would gain by reaching the next tier, e.g. "¥38,200 more to reach 3 % — worth ¥2,764 more".
/// </summary>
/// <param name="MoreNeeded">The next threshold less the current basis.</param>
/// <param name="NextRate">The next tier's rate.</param>
/// <param name="AmountAtNextTier">The rebate for a basis of exactly the next threshold, in the same mode and after the cap.</param>
/// <param name="AdditionalAmount"><paramref name="AmountAtNextTier"/> less the current rebate; 0 when the cap already binds.</param>
/// <param name="Gain">Which sentence about the gain is true; see <see cref="NextTierGain"/>.</param>
public sealed record NextTierHint(decimal MoreNeeded, decimal NextRate, decimal AmountAtNextTier, decimal AdditionalAmount, NextTierGain Gain);
