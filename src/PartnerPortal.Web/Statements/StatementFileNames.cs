using System.Globalization;
using System.Text;

namespace PartnerPortal.Web.Statements;

/// <summary>
/// The names exported files are saved under: the partner's code and the period, so that a folder of statements sorts
/// by partner and then by time.
/// </summary>
public static class StatementFileNames
{
    public const string Pdf = "pdf";
    public const string Xlsx = "xlsx";

    /// <summary><c>statement-P0001-2026-10.pdf</c> for one calendar month, <c>statement-P0001-20260101-20260315.pdf</c> otherwise.</summary>
    public static string AccountStatement(string partnerCode, DateOnly from, DateOnly to, string extension) =>
        $"statement-{Safe(partnerCode)}-{(IsMonth(from, to) ? Month(from) : Dates(from, to))}.{extension}";

    /// <summary>
    /// <c>rebate-statement-P0001-2026.pdf</c> for a calendar year, <c>…-2026-Q3</c> for a quarter, <c>…-2026-10</c> for a month,
    /// <c>…-20260101-20260315</c> otherwise.
    /// </summary>
    public static string RebateStatement(string partnerCode, DateOnly from, DateOnly to, string extension)
    {
        string period;
        if (IsYear(from, to)) period = from.Year.ToString("D4", CultureInfo.InvariantCulture);
        else if (IsQuarter(from, to)) period = string.Create(CultureInfo.InvariantCulture, $"{from.Year:D4}-Q{(from.Month - 1) / 3 + 1}");
        else if (IsMonth(from, to)) period = Month(from);
        else period = Dates(from, to);
        return $"rebate-statement-{Safe(partnerCode)}-{period}.{extension}";
    }

    /// <summary><c>orders-20261005-1430.xlsx</c>, stamped with the local time the export was made.</summary>
    public static string Orders(DateTimeOffset localNow) =>
        $"orders-{localNow.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.{Xlsx}";

    private static bool IsMonth(DateOnly from, DateOnly to) => from.Day == 1 && to == from.AddMonths(1).AddDays(-1);

    private static bool IsQuarter(DateOnly from, DateOnly to) => from.Day == 1 && (from.Month - 1) % 3 == 0 && to == from.AddMonths(3).AddDays(-1);

    private static bool IsYear(DateOnly from, DateOnly to) => from.Month == 1 && from.Day == 1 && to == new DateOnly(from.Year, 12, 31);

    private static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Dates(DateOnly from, DateOnly to) =>
        $"{from.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{to.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";

    /// <summary>Partner codes are plain (P0001); anything else a file system or a header could trip over becomes "_".</summary>
    private static string Safe(string code)
    {
        var text = new StringBuilder(code.Length);
        foreach (var c in code.Trim()) text.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        return text.Length == 0 ? "partner" : text.ToString();
    }
}
