using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using ExcelDataReader;

namespace PartnerPortal.Infrastructure.Tests.Support;

/// <summary>
/// Reads an exported workbook a second time, without ClosedXML or the Open XML SDK: ExcelDataReader's own parser, which reads
/// what Excel reads. A file that only ClosedXML can open fails here. Also checks the parts are written as Excel writes them
/// (no prefix on SpreadsheetML elements), which readers such as exceljs need. (Shared with the web tests as a linked file.)
/// </summary>
public static class SecondWorkbookReader
{
    private const string SpreadsheetMl = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    // ExcelDataReader looks up code pages (for old .xls files) that .NET only has with this provider.
    static SecondWorkbookReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Each sheet's name and rows, every cell as ExcelDataReader gives it (string, double, DateTime, bool or null).</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<object?[]> Rows)> Read(Stream workbook)
    {
        workbook.Position = 0;
        var sheets = new List<(string, IReadOnlyList<object?[]>)>();
        using (var reader = ExcelReaderFactory.CreateOpenXmlReader(workbook, new ExcelReaderConfiguration { LeaveOpen = true }))
        {
            do
            {
                var rows = new List<object?[]>();
                while (reader.Read())
                {
                    var row = new object?[reader.FieldCount];
                    for (var i = 0; i < row.Length; i++) row[i] = reader.GetValue(i);
                    rows.Add(row);
                }
                sheets.Add((reader.Name, rows));
            } while (reader.NextResult());
        }
        workbook.Position = 0;
        return sheets;
    }

    /// <summary>The first sheet's rows as text: numbers in invariant form, dates as yyyy-MM-dd HH:mm, empty cells as "".</summary>
    public static IReadOnlyList<string[]> Texts(Stream workbook) =>
        Read(workbook)[0].Rows.Select(r => r.Select(Text).ToArray()).ToList();

    /// <summary>The first row of the first sheet whose cells include all of <paramref name="cells"/>.</summary>
    public static string[] RowWith(Stream workbook, params string[] cells) =>
        Texts(workbook).FirstOrDefault(r => cells.All(r.Contains))
        ?? throw new Xunit.Sdk.XunitException($"No row holds {string.Join(", ", cells)}.");

    /// <summary>No element in the SpreadsheetML namespace, in any part, carries a prefix (<c>&lt;x:row&gt;</c>).</summary>
    public static void AssertNoPrefixedElements(Stream workbook)
    {
        workbook.Position = 0;
        var prefixed = new List<string>();
        var roots = 0;
        using (var package = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true))
        {
            foreach (var entry in package.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var reader = XmlReader.Create(entry.Open());
                var first = true;
                while (reader.Read())
                {
                    if (reader.NodeType != XmlNodeType.Element) continue;
                    if (first && reader.NamespaceURI == SpreadsheetMl) roots++;
                    first = false;
                    if (reader.NamespaceURI == SpreadsheetMl && reader.Prefix.Length > 0) prefixed.Add($"{entry.FullName}: <{reader.Name}>");
                }
            }
        }
        workbook.Position = 0;
        Assert.True(roots >= 3, $"Only {roots} SpreadsheetML parts were found."); // workbook, a sheet, styles at least
        Assert.True(prefixed.Count == 0, "Prefixed elements: " + string.Join(", ", prefixed.Distinct().Take(10)));
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString(d.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double n => n.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
