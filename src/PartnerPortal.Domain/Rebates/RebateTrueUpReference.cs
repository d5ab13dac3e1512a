using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnerPortal.Domain.Rebates;

/// <summary>
/// The reference a true-up's credit or debit note carries in the ledger, "true-up of 2026-Q3 (v1) REB-EAST: −¥1,234.00":
/// written once in one form, and read back by the pages to show it in the reader's language.
/// </summary>
public sealed partial record RebateTrueUpReference(string PeriodLabel, int VersionNumber, string PolicyCode, decimal Difference)
{
    private const string Minus = "\u2212";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"true-up of {PeriodLabel} (v{VersionNumber}) {PolicyCode}: {SignedMoney(Difference)}");

    /// <summary>"+¥1,234.00" or "−¥1,234.00", invariant, with a true minus sign.</summary>
    public static string SignedMoney(decimal difference) =>
        (difference < 0 ? Minus : "+") + "¥" + Math.Abs(difference).ToString("#,0.00", CultureInfo.InvariantCulture);

    /// <summary>Reads a reference written by <see cref="ToString"/>; false for any other reference.</summary>
    public static bool TryParse(string? reference, out RebateTrueUpReference? parsed)
    {
        parsed = null;
        if (reference is null) return false;
        var m = Pattern().Match(reference);
        if (!m.Success) return false;
        var amount = decimal.Parse(m.Groups["amount"].Value, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        parsed = new RebateTrueUpReference(m.Groups["period"].Value, int.Parse(m.Groups["version"].Value, CultureInfo.InvariantCulture),
            m.Groups["code"].Value, m.Groups["sign"].Value == Minus ? -amount : amount);
        return true;
    }

    [GeneratedRegex(@"^true-up of (?<period>\S+) \(v(?<version>\d+)\) (?<code>\S+): (?<sign>[+\u2212])¥(?<amount>[\d,]+\.\d{2})$")]
    private static partial Regex Pattern();
}
