using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Points;
using PartnerPortal.Infrastructure.Points;
using PartnerPortal.Web.Components.Shared;

namespace PartnerPortal.Web.Components.Points;

/// <summary>How the points pages show points, stock and whether a reward can be redeemed: display only, the rules are in <see cref="PointsRules"/>.</summary>
public static class PointsFormat
{
    /// <summary>A true minus sign, so that "−50" lines up with "+50" and is read out as minus.</summary>
    public const string Minus = "\u2212";

    /// <summary>Points with the reader's thousands separator: "1,250".</summary>
    public static string Number(int points) => points.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A ledger amount with its sign: "+120", "−50", "0".</summary>
    public static string Signed(int points) => points switch
    {
        > 0 => "+" + Number(points),
        < 0 => Minus + Math.Abs((long)points).ToString("N0", CultureInfo.CurrentCulture),
        _ => Number(0),
    };

    /// <summary>Green for points earned or given back, red for points spent or taken back.</summary>
    public static Color ColorOf(int points) => points switch
    {
        > 0 => Color.Success,
        < 0 => Color.Error,
        _ => Color.Default,
    };

    /// <summary>"1,500 points".</summary>
    public static string Points(IStringLocalizer localizer, int points) => localizer["{0} points", Number(points)];

    /// <summary>"Unlimited", "Out of stock" or "12 left".</summary>
    public static string Stock(IStringLocalizer localizer, int? stock) => stock switch
    {
        null => localizer["Unlimited"],
        <= 0 => localizer["Out of stock"],
        { } left => localizer["{0} left", Number(left)],
    };

    /// <summary>
    /// Why a dealer with <paramref name="balance"/> points cannot redeem the reward now, or null when they can;
    /// the check is <see cref="PointsRules.CheckRedemption"/>, the service checks it again.
    /// </summary>
    public static string? RedeemBlocked(IStringLocalizer localizer, RewardRow reward, int balance) =>
        PointsRules.CheckRedemption(new RedemptionRequest(PortalRoles.Dealer, balance, reward.PointsCost, reward.Stock)) switch
        {
            null => null,
            { Code: ProblemCodes.RewardOutOfStock } => localizer["Out of stock"].Value,
            { Code: ProblemCodes.InsufficientPoints } => localizer["You need {0} more points.", Number(reward.PointsCost - balance)].Value,
            _ => localizer["Not available"].Value,
        };

    /// <summary>The name of a redemption's reward in the reader's language.</summary>
    public static string RewardName(RedemptionRow row) => Names.Local(row.RewardName, row.RewardNameEn);
}
