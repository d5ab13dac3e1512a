using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PartnerPortal.Web.Tests.Localization;

/// <summary>A translation keeps the {0}, {1}… of the English text, or formatting it fails at run time.</summary>
public sealed partial class PlaceholderTests
{
    [Fact]
    public void Every_Chinese_text_has_the_same_placeholders_as_its_English_text()
    {
        var english = Read("SharedResource.resx");
        var wrong = Read("SharedResource.zh-CN.resx")
            .Where(zh => Placeholders(english.GetValueOrDefault(zh.Key, zh.Key)) != Placeholders(zh.Value))
            .Select(zh => $"{zh.Key} → {zh.Value}")
            .ToList();
        Assert.True(wrong.Count == 0, "Placeholders differ: " + string.Join("; ", wrong));
    }

    private static string Placeholders(string text) =>
        string.Join(",", Placeholder().Matches(text).Select(m => m.Value).Distinct().Order());

    private static Dictionary<string, string> Read(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "PartnerPortal.sln"))) dir = dir.Parent;
        var path = Path.Combine(dir.FullName, "src", "PartnerPortal.Web", "Resources", file);
        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
