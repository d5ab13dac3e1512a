using PartnerPortal.Infrastructure.Rebates;

namespace PartnerPortal.Infrastructure.Statements;

/// <summary>A true-up's line and cause in the statement's language, the same in the PDF and the workbook.</summary>
internal static class TrueUpText
{
    /// <summary>"true-up of 2026-Q3 (v1): −¥1,234.00".</summary>
    public static string Line(DocumentText text, RebateTrueUpRow row) =>
        text.Format("true-up of {0} (v{1}): {2}", row.PeriodLabel, row.VersionNumber, text.SignedMoney(row.Difference));

    /// <summary>"because of SH-…, SH-…", or that lines already counted changed.</summary>
    public static string Cause(DocumentText text, string cause) => string.IsNullOrEmpty(cause)
        ? text["because shipped lines already counted changed after settlement"]
        : text.Format("because of {0}", cause);
}
