using System.Xml.Linq;
using PartnerPortal.Web.Statements;

namespace PartnerPortal.Web.Tests.Statements;

/// <summary>
/// The endpoints translate their 400 messages through a variable (localizer[problem.Message]), out of reach of
/// ResourceCompletenessTests' literal scan: check them here.
/// </summary>
public sealed class ExportMessageTranslationTests
{
    [Fact]
    public void Every_export_parameter_message_is_translated_to_Chinese()
    {
        var chinese = Keys("SharedResource.zh-CN.resx");

        var missing = ExportParameters.Messages.Where(m => !chinese.Contains(m)).ToList();

        Assert.True(missing.Count == 0, "Missing from SharedResource.zh-CN.resx: " + string.Join(" | ", missing));
    }

    private static HashSet<string> Keys(string fileName)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PartnerPortal.sln"))) dir = dir.Parent;
        var path = Path.Combine(dir!.FullName, "src", "PartnerPortal.Web", "Resources", fileName);
        return XDocument.Load(path).Root!.Elements("data").Select(d => (string?)d.Attribute("name")).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }
}
