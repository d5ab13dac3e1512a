using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Web.Components.Layout;

namespace PartnerPortal.Web.Tests.Localization;

/// <summary>
/// Keys are the English text, so a key missing from the zh-CN file silently shows English to Chinese readers.
/// These tests read the source and the .resx files to catch that before a reader does.
/// </summary>
public sealed partial class ResourceCompletenessTests
{
    private static readonly string RepoRoot = FindRepoRoot();
    private static readonly string WebProject = Path.Combine(RepoRoot, "src", "PartnerPortal.Web");
    private static readonly Lazy<IReadOnlySet<string>> Neutral = new(() => ReadKeys("SharedResource.resx"));
    private static readonly Lazy<IReadOnlySet<string>> Chinese = new(() => ReadKeys("SharedResource.zh-CN.resx"));

    [Fact]
    public void Every_literal_key_in_the_web_project_is_translated_to_Chinese()
    {
        var used = LiteralKeys();
        Assert.True(used.Count > 50, $"The scan found only {used.Count} literal keys; is the pattern still right?");

        var missing = used
            .Where(u => !Chinese.Value.Contains(u.Key))
            .Select(u => $"\"{u.Key}\" (used in {string.Join(", ", u.Value)})")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0,
            $"{missing.Count} key(s) missing from SharedResource.zh-CN.resx:{Environment.NewLine}  "
            + string.Join(Environment.NewLine + "  ", missing));
    }

    [Fact]
    public void Every_navigation_label_and_group_is_translated_to_Chinese()
    {
        // NavMenu looks these up through variables (L[item.Label], L[group.Key]), out of reach of the literal scan.
        var keys = NavigationItems.All
            .SelectMany(i => new[] { i.Label, i.Group })
            .OfType<string>()
            .Distinct();

        AssertAllPresent(keys, Chinese.Value, "SharedResource.zh-CN.resx");
    }

    [Fact]
    public void Every_neutral_key_is_also_in_the_Chinese_file()
    {
        Assert.NotEmpty(Neutral.Value);
        AssertAllPresent(Neutral.Value, Chinese.Value, "SharedResource.zh-CN.resx");
    }

    [Fact]
    public void Every_problem_code_has_a_message_in_both_files()
    {
        var codes = typeof(ProblemCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true, IsInitOnly: false } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.StartsWith("Problem.", c, StringComparison.Ordinal));

        AssertAllPresent(codes, Neutral.Value, "SharedResource.resx");
        AssertAllPresent(codes, Chinese.Value, "SharedResource.zh-CN.resx");
    }

    [Fact]
    public void Every_enum_value_and_role_has_a_name_in_both_files()
    {
        var keys = EnumKeys<PartnerType>()
            .Concat(EnumKeys<PartnerTier>())
            .Concat(EnumKeys<PartnerStatus>())
            .Concat(PortalRoles.All.Select(r => $"Role.{r}"))
            .ToList();

        AssertAllPresent(keys, Neutral.Value, "SharedResource.resx");
        AssertAllPresent(keys, Chinese.Value, "SharedResource.zh-CN.resx");
    }

    /// <summary>Literal keys of <c>L["..."]</c> (components) and <c>localizer["..."]</c> (helpers), with the files using them.</summary>
    private static Dictionary<string, SortedSet<string>> LiteralKeys()
    {
        var keys = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(WebProject, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !IsBuildOutput(f));
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(WebProject, file).Replace('\\', '/');
            foreach (Match match in LiteralKey().Matches(File.ReadAllText(file)))
            {
                var key = Regex.Unescape(match.Groups["key"].Value);
                if (!keys.TryGetValue(key, out var where)) keys[key] = where = new SortedSet<string>(StringComparer.Ordinal);
                where.Add(relative);
            }
        }
        return keys;
    }

    private static bool IsBuildOutput(string file)
    {
        var parts = Path.GetRelativePath(WebProject, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj");
    }

    // L["text"] or L["text {0}", arg]; an interpolated or verbatim string is not a literal key and does not match.
    [GeneratedRegex("""\b(?:L|localizer)\[\s*"(?<key>(?:[^"\\\r\n]|\\.)*)"\s*[,\]]""")]
    private static partial Regex LiteralKey();

    private static IEnumerable<string> EnumKeys<T>() where T : struct, Enum =>
        Enum.GetNames<T>().Select(n => $"{typeof(T).Name}.{n}");

    private static void AssertAllPresent(IEnumerable<string> keys, IReadOnlySet<string> file, string fileName)
    {
        var missing = keys.Where(k => !file.Contains(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0,
            $"{missing.Count} key(s) missing from {fileName}:{Environment.NewLine}  "
            + string.Join(Environment.NewLine + "  ", missing.Select(k => $"\"{k}\"")));
    }

    private static IReadOnlySet<string> ReadKeys(string fileName)
    {
        var path = Path.Combine(WebProject, "Resources", fileName);
        var root = XDocument.Load(path).Root!;
        // An entry left unclosed swallows the ones after it: the build drops them without a warning.
        var nested = root.Elements("data").Where(d => d.Descendants("data").Any())
            .Select(d => (string?)d.Attribute("name")).ToList();
        Assert.True(nested.Count == 0, $"{fileName} has entries inside other entries: {string.Join(", ", nested)}");
        var names = root
            .Elements("data")
            .Select(d => (string?)d.Attribute("name"))
            .OfType<string>()
            .ToList();
        // The build keeps one of two names that differ only in case and drops the other, so they count as duplicates.
        var duplicates = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => string.Join(" / ", g)).ToList();
        Assert.True(duplicates.Count == 0, $"{fileName} has duplicate keys (names ignore case): {string.Join(", ", duplicates)}");
        return names.ToHashSet(StringComparer.Ordinal);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PartnerPortal.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No PartnerPortal.sln above {AppContext.BaseDirectory}.");
    }
}
