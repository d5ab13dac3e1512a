using System.Globalization;

namespace PartnerPortal.Domain.Common;

/// <summary>
/// A name kept in Chinese and, where there is one, in English (a partner's legal name, a region, a product), shown by one
/// rule on every page, statement and export: Chinese readers get the Chinese name, everyone else the English one when there
/// is one and the Chinese one otherwise.
/// </summary>
public readonly record struct LocalName(string Chinese, string? English)
{
    /// <summary>The name a reader of <paramref name="culture"/> is shown.</summary>
    public string In(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(English)
            ? Chinese ?? ""
            : English;
    }

    /// <summary>The name in the current reader's language, so that a page writing the name shows the right one.</summary>
    public override string ToString() => In(CultureInfo.CurrentUICulture);
}
