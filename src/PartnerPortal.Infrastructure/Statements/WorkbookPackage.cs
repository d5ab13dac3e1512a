using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace PartnerPortal.Infrastructure.Statements;

/// <summary>
/// Rewrites a workbook ClosedXML saved so that its parts read as Excel writes them. ClosedXML 0.95.4 (through the Open XML
/// SDK 2) writes SpreadsheetML with a prefix on every element (<c>&lt;x:worksheet&gt;&lt;x:sheetData&gt;&lt;x:row&gt;</c>):
/// valid XML, but readers that look elements up by their literal names (exceljs, which many web tools use) find no rows.
/// Excel itself writes those parts in the default namespace (<c>&lt;worksheet xmlns="…/main"&gt;&lt;row&gt;</c>), and so
/// does this. Parts whose root Excel also prefixes (the theme's <c>a:</c>, the core properties' <c>cp:</c>) stay as they are.
/// </summary>
internal static class WorkbookPackage
{
    /// <summary>The namespaces of the roots Excel writes without a prefix.</summary>
    private static readonly HashSet<string> Unprefixed = new(StringComparer.Ordinal)
    {
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        "http://schemas.openxmlformats.org/package/2006/content-types",
        "http://schemas.openxmlformats.org/package/2006/relationships",
    };

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = false, NewLineHandling = NewLineHandling.None,
    };

    /// <summary>Copies the package from <paramref name="source"/> to <paramref name="target"/>, each XML part in Excel's form.</summary>
    public static void WriteUnprefixed(Stream source, Stream target)
    {
        using var from = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        using var to = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in from.Entries)
        {
            var copy = to.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = entry.LastWriteTime;
            using var input = entry.Open();
            using var output = copy.Open();
            if (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                Rewrite(input, output);
            else
                input.CopyTo(output);
        }
    }

    /// <summary>The part with its root's namespace declared as the default one, so that no element in it needs a prefix.</summary>
    internal static void Rewrite(Stream input, Stream output)
    {
        var document = XDocument.Load(input, LoadOptions.PreserveWhitespace);
        var root = document.Root;
        if (root is not null && Unprefixed.Contains(root.Name.NamespaceName))
        {
            var ns = root.Name.Namespace;
            foreach (var element in root.DescendantsAndSelf())
            {
                // A prefix bound to the root's namespace would keep being used; a default namespace of another one would
                // capture the unprefixed elements.
                element.Attributes().Where(a => a.IsNamespaceDeclaration
                    && (a.Value == ns.NamespaceName || (a.Name.Namespace == XNamespace.None && a.Name.LocalName == "xmlns"))).Remove();
            }
            root.SetAttributeValue("xmlns", ns.NamespaceName);
        }
        using var writer = XmlWriter.Create(output, Settings);
        document.Declaration = new XDeclaration("1.0", "utf-8", "yes");
        document.Save(writer);
    }
}
