using System.Globalization;

namespace PartnerPortal.Web.Components.Shared;

/// <summary>Picks the name in the reader's language: Chinese readers get the Chinese name, others the English one when there is one.</summary>
public static class Names
{
    public static string Local(string chinese, string? english) =>
        CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(english)
            ? chinese
            : english;
}
