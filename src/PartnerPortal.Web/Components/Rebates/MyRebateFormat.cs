using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Rebates;

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
        localizer["{0} – {1}", start.ToString("d", CultureInfo.CurrentCulture), end.ToString("d", CultureInfo.CurrentCulture)];
}
