using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Rebates;

namespace PartnerPortal.Web.Components.Rebates;

/// <summary>How the pages word a true-up, in the reader's language: display only, the amounts come from the ledger.</summary>
public static class RebateTrueUpText
{
    /// <summary>"true-up of 2026-Q3 (v1): −¥1,234.00".</summary>
    public static string Line(IStringLocalizer localizer, string periodLabel, int version, decimal difference) =>
        localizer["true-up of {0} (v{1}): {2}", periodLabel, version, SignedMoney(difference)];

    public static string Line(IStringLocalizer localizer, RebateTrueUpRow row) => Line(localizer, row.PeriodLabel, row.VersionNumber, row.Difference);

    /// <summary>A ledger reference in the reader's language when it is a true-up's, as written otherwise.</summary>
    public static string Reference(IStringLocalizer localizer, string reference) =>
        RebateTrueUpReference.TryParse(reference, out var t) && t is not null
            ? $"{t.PolicyCode} · {Line(localizer, t.PeriodLabel, t.VersionNumber, t.Difference)}"
            : reference;

    /// <summary>"because of SH-…", or that lines already counted changed.</summary>
    public static string Cause(IStringLocalizer localizer, string cause) => string.IsNullOrEmpty(cause)
        ? localizer["because shipped lines already counted changed after settlement"]
        : localizer["because of {0}", cause];

    /// <summary>"Credit note CN-…" or "Debit note DN-…".</summary>
    public static string Note(IStringLocalizer localizer, LedgerEntryKind kind, string number) =>
        kind == LedgerEntryKind.DebitNote ? localizer["Debit note {0}", number] : localizer["Credit note {0}", number];

    /// <summary>"+¥250.00" or "−¥15,750.00" in the reader's currency format.</summary>
    public static string SignedMoney(decimal amount) =>
        (amount < 0 ? "\u2212" : "+") + Math.Abs(amount).ToString("C", CultureInfo.CurrentCulture);
}
