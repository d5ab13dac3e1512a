using System.Text.RegularExpressions;
using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Infrastructure.Ordering;

namespace PartnerPortal.Web.Components.Orders;

/// <summary>
/// Reads a quick order typed line by line ("AC-1001 4" or "AC-1001,4") into rows for the cart, with the limits of an
/// uploaded file. A line without a separator of its own has its spaces turned into a comma; line numbers stay those typed.
/// </summary>
public static partial class QuickOrderText
{
    /// <summary>The most characters the box takes: well inside what one message of the page's connection carries.</summary>
    public const int MaxLength = 8_000;

    private static readonly char[] Separators = [',', ';', '\t', '，', '；'];

    public static OrderCsvResult Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new OrderCsvResult([], []);
        using var reader = new StringReader(string.Join('\n', text.Split('\n').Select(Normalise)));
        return OrderCsv.Parse(reader, OrderFileReader.MaxLines, unknownHeaders: false);
    }

    private static string Normalise(string line)
    {
        var trimmed = line.TrimEnd('\r').Trim();
        return trimmed.IndexOfAny(Separators) >= 0 ? trimmed : Whitespace().Replace(trimmed, ",");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
