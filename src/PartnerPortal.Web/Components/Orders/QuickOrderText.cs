using System.Text.RegularExpressions;
using PartnerPortal.Domain.Ordering.Rules;

namespace PartnerPortal.Web.Components.Orders;

/// <summary>
/// Reads a quick order typed line by line ("AC-1001 4" or "AC-1001,4") or an uploaded file into rows for the cart.
/// A line without a separator of its own has its spaces turned into a comma; line numbers stay those typed.
/// </summary>
public static partial class QuickOrderText
{
    /// <summary>The largest file accepted for upload: 1 MB.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    private static readonly char[] Separators = [',', ';', '\t', '，'];

    public static IReadOnlyList<OrderCsvRow> Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : OrderCsv.Parse(string.Join('\n', text.Split('\n').Select(Normalise)));

    private static string Normalise(string line)
    {
        var trimmed = line.TrimEnd('\r').Trim();
        return trimmed.IndexOfAny(Separators) >= 0 ? trimmed : Whitespace().Replace(trimmed, ",");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
