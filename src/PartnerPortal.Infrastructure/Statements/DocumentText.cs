using System.Globalization;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Infrastructure.Statements;

/// <summary>
/// The words and formats of an exported document in the reader's language: the web app passes its translations in,
/// so the PDF, the workbook and the page read the same. Money is "¥1,234.50" in both languages.
/// </summary>
public sealed class DocumentText(Func<string, string> translate, CultureInfo culture, string brandName)
{
    public CultureInfo Culture { get; } = culture;

    /// <summary>The brand issuing the document, e.g. in the header.</summary>
    public string BrandName { get; } = brandName;

    public bool IsChinese => Culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>The text for a key (keys are the English text, as in the web app's resources).</summary>
    public string this[string key] => translate(key);

    public string Format(string key, params object[] args) => string.Format(Culture, translate(key), args);

    public string Money(decimal amount) => amount.ToString("C2", Culture);

    /// <summary>"+¥250.00" or "−¥15,750.00": a difference with its sign always shown.</summary>
    public string SignedMoney(decimal amount) => (amount < 0 ? "\u2212" : "+") + Money(Math.Abs(amount));

    public string Number(decimal value) => value.ToString("#,##0.##", Culture);

    public string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The Chinese name in Chinese, the English one (when there is one) otherwise.</summary>
    public string Name(string name, string? nameEn) => Name(new LocalName(name, nameEn));

    /// <summary>A name by the portal's one rule (<see cref="LocalName"/>), in the document's language.</summary>
    public string Name(LocalName name) => name.In(Culture);

    /// <summary>English words keyed by themselves, for tests and for callers without translations.</summary>
    public static DocumentText English(string brandName = "PartnerPortal")
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("en").Clone();
        culture.NumberFormat.CurrencySymbol = "¥";
        culture.NumberFormat.CurrencyPositivePattern = 0;
        culture.NumberFormat.CurrencyNegativePattern = 1;
        return new DocumentText(key => key, culture, brandName);
    }
}
