using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Rebates;
using PartnerPortal.Web.Components.Shared;

namespace PartnerPortal.Web.Components.Rebates;

/// <summary>How the dealer's rebate pages show rates and bases: display formatting only, no arithmetic on money.</summary>
public static class MyRebateFormat
{
    /// <summary>"3%" for a percent, "¥2.50 / unit" for yuan per unit.</summary>
    public static string Rate(IStringLocalizer localizer, RebateRateKind kind, decimal rate) => kind switch
    {
        RebateRateKind.AmountPerUnit => localizer["{0} / unit", rate.ToString("C", CultureInfo.CurrentCulture)],
        _ => rate.ToString("0.##", CultureInfo.CurrentCulture) + "%",
    };

    /// <summary>A number of units, without needless decimals: "1,250".</summary>
    public static string Number(decimal units) => units.ToString("#,0.##", CultureInfo.CurrentCulture);

    /// <summary>A basis figure: yuan for a net-amount basis, "120 units" for a quantity basis.</summary>
    public static string Basis(IStringLocalizer localizer, RebateBasis basis, decimal value) => basis switch
    {
        RebateBasis.Quantity => localizer["{0} units", Number(value)],
        _ => value.ToString("C", CultureInfo.CurrentCulture),
    };

    /// <summary>"Tier 2", or a dash when no tier is reached.</summary>
    public static string Tier(IStringLocalizer localizer, int tier) => tier > 0 ? localizer["Tier {0}", tier] : "—";

    /// <summary>"2025-07-01 – 2025-09-30" in the reader's date format.</summary>
    public static string Dates(IStringLocalizer localizer, DateOnly start, DateOnly end) =>
        localizer["{0} – {1}", Shared.Dates.Date(start), Shared.Dates.Date(end)];

    /// <summary>
    /// The sentence under a rebate's progress bar. Which one is decided by the rebate rules (<see cref="NextTierGain"/>):
    /// the cap is named only when it limits the gain, and an incremental band says that its rate is paid beyond its
    /// threshold rather than promising money at the threshold itself.
    /// </summary>
    public static string Hint(IStringLocalizer localizer, MyRebateProgress progress)
    {
        if (progress.Next is not { } next || progress.NextThreshold is not { } threshold) return localizer["Top tier reached"];
        var units = progress.Basis == RebateBasis.Quantity;
        var needed = units ? Number(next.MoreNeeded) : Money(next.MoreNeeded);
        var rate = Rate(localizer, progress.RateKind, next.NextRate);
        var from = units ? Number(threshold) : Money(threshold);
        var extra = Money(next.AdditionalAmount);
        var cap = Money(progress.CapPerPeriod ?? progress.Amount);
        return next.Gain switch
        {
            NextTierGain.Raises when progress.Mode == RebateMode.Incremental => units
                ? localizer["{0} more units to reach {1} — worth {2} more, then {1} on units above {3}", needed, rate, extra, from]
                : localizer["{0} more to reach {1} — worth {2} more, then {1} on purchases above {3}", needed, rate, extra, from],
            NextTierGain.Raises => units
                ? localizer["{0} more units to reach {1} — worth {2} more", needed, rate, extra]
                : localizer["{0} more to reach {1} — worth {2} more", needed, rate, extra],
            NextTierGain.RaisesUpToCap => units
                ? localizer["{0} more units to reach {1} — worth {2} more, as far as the cap of {3} allows", needed, rate, extra, cap]
                : localizer["{0} more to reach {1} — worth {2} more, as far as the cap of {3} allows", needed, rate, extra, cap],
            NextTierGain.CapAlreadyReached => units
                ? localizer["{0} more units to reach {1} — but the cap of {2} is already reached", needed, rate, cap]
                : localizer["{0} more to reach {1} — but the cap of {2} is already reached", needed, rate, cap],
            NextTierGain.PaidAboveThreshold => units
                ? localizer["{0} more units to reach {1}, paid on units above {2}", needed, rate, from]
                : localizer["{0} more to reach {1}, paid on purchases above {2}", needed, rate, from],
            _ => units ? localizer["{0} more units to reach {1}", needed, rate] : localizer["{0} more to reach {1}", needed, rate],
        };
    }

    private static string Money(decimal amount) => amount.ToString("C", CultureInfo.CurrentCulture);
}
