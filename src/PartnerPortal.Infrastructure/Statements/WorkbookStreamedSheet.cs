using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace PartnerPortal.Infrastructure.Statements;

/// <summary>
/// Streams the data rows of a large sheet into a workbook that ClosedXML laid out. ClosedXML 0.95.4 keeps every cell as an
/// object and, while saving, builds the whole sheet again as an OpenXML document in memory: measured on 100,000 rows × 12
/// columns, 250 MB of cells and 1.15 GB at the peak of the save. So ClosedXML saves only the layout (styles, widths,
/// header row, frozen panes, filter, print titles) with one template row whose cells carry each column's style; this
/// class copies that package and writes the rows in its place, one by one, into the sheet's XML. What stays in memory
/// is the shared strings and the compressed output.
/// </summary>
/// <remarks>
/// Call <see cref="BeginRow"/>, the cell writers in column order, <see cref="EndRow"/>, then <see cref="Complete"/>, which
/// writes the sheet's end with the auto-filter stretched over the rows written. Single worksheet workbooks only.
/// </remarks>
internal sealed class WorkbookStreamedSheet : IDisposable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Ns = Main;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ZipArchive _source;
    private readonly ZipArchive _target;
    private readonly XElement _sheet;
    private readonly string _sheetEntryName;
    private readonly string _closeSheetData;
    private readonly string _p;
    private readonly string[] _styles;
    private readonly string[] _columnLetters;
    private readonly List<XElement> _skeletonStrings;
    private readonly Dictionary<string, int> _stringIndex = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private readonly StreamWriter _writer;
    private readonly char[] _number = new char[64];
    private int _stringCells;
    private int _row;
    private bool _inRow;
    private bool _completed;

    /// <param name="skeleton">The workbook ClosedXML saved: one worksheet, the header rows, then the template row.</param>
    /// <param name="output">Receives the finished package; written synchronously (give it a memory or file stream).</param>
    /// <param name="templateRow">The row whose cells' styles the data rows take, column by column; it is not kept.</param>
    public WorkbookStreamedSheet(Stream skeleton, Stream output, int templateRow)
    {
        _source = new ZipArchive(skeleton, ZipArchiveMode.Read, leaveOpen: true);
        _target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

        var sheets = _source.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)
                                                && e.FullName.EndsWith(".xml", StringComparison.Ordinal)
                                                && !e.FullName.Contains("/_rels/", StringComparison.Ordinal)).ToList();
        if (sheets.Count != 1) throw new InvalidOperationException("A streamed workbook has exactly one worksheet.");
        _sheetEntryName = sheets[0].FullName;

        foreach (var entry in _source.Entries)
        {
            if (entry.FullName == _sheetEntryName || entry.FullName is "xl/workbook.xml" or "xl/sharedStrings.xml") continue;
            var copy = _target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = entry.LastWriteTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }

        _skeletonStrings = Load("xl/sharedStrings.xml")?.Elements(Ns + "si").ToList() ?? [];
        for (var i = 0; i < _skeletonStrings.Count; i++)
        {
            var si = _skeletonStrings[i];
            if (si.Elements().Count() == 1 && si.Element(Ns + "t") is { } t) _stringIndex.TryAdd(t.Value, i);
            _strings.Add(string.Empty); // placeholder: the skeleton's own <si> is written back as it was
        }

        _sheet = Load(_sheetEntryName) ?? throw new InvalidOperationException("The worksheet is missing.");
        var sheetData = _sheet.Element(Ns + "sheetData") ?? throw new InvalidOperationException("The worksheet has no sheetData.");
        var template = sheetData.Elements(Ns + "row").SingleOrDefault(r => (int?)r.Attribute("r") == templateRow)
                       ?? throw new InvalidOperationException($"The worksheet has no template row {templateRow}.");
        var styles = new List<string>();
        foreach (var cell in template.Elements(Ns + "c"))
        {
            var column = ColumnNumber((string?)cell.Attribute("r") ?? throw new InvalidOperationException("A template cell has no reference."));
            while (styles.Count < column) styles.Add("0");
            styles[column - 1] = (string?)cell.Attribute("s") ?? "0";
        }
        _styles = [.. styles];
        _columnLetters = Enumerable.Range(1, _styles.Length).Select(ColumnLetters).ToArray();
        template.Remove();
        foreach (var row in sheetData.Elements(Ns + "row").Where(r => (int?)r.Attribute("r") > templateRow).ToList()) row.Remove();
        // The used range is not known before the rows are written, and the dimension is optional.
        _sheet.Element(Ns + "dimension")?.Remove();
        _row = templateRow - 1;

        var prefix = _sheet.GetPrefixOfNamespace(Ns);
        _p = string.IsNullOrEmpty(prefix) ? string.Empty : prefix + ":";
        _closeSheetData = $"</{_p}sheetData>";
        if (sheetData.IsEmpty) sheetData.Value = string.Empty; // written as an open and a close tag, not <sheetData/>

        var entry2 = _target.CreateEntry(_sheetEntryName, CompressionLevel.Optimal);
        entry2.LastWriteTime = sheets[0].LastWriteTime;
        _writer = new StreamWriter(entry2.Open(), Utf8, bufferSize: 1 << 16);
        var xml = Serialize(_sheet);
        _writer.Write(xml.AsSpan(0, xml.IndexOf(_closeSheetData, StringComparison.Ordinal)));
    }

    /// <summary>The last row written (the header's row until the first data row).</summary>
    public int Row => _row;

    public void BeginRow()
    {
        if (_inRow || _completed) throw new InvalidOperationException("A row is already open or the sheet is complete.");
        _row++;
        _inRow = true;
        _writer.Write('<');
        _writer.Write(_p);
        _writer.Write("row r=\"");
        WriteInt(_row);
        _writer.Write("\">");
    }

    public void EndRow()
    {
        if (!_inRow) throw new InvalidOperationException("No row is open.");
        _inRow = false;
        _writer.Write("</");
        _writer.Write(_p);
        _writer.Write("row>");
    }

    /// <summary>A shared-string text cell; nothing for an empty text.</summary>
    public void Text(int column, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        if (!_stringIndex.TryGetValue(value, out var index))
        {
            index = _strings.Count;
            _strings.Add(value);
            _stringIndex.Add(value, index);
        }
        _stringCells++;
        StartCell(column, "s");
        WriteInt(index);
        EndCell();
    }

    public void Number(int column, decimal value)
    {
        StartCell(column, null);
        value.TryFormat(_number, out var written, default, CultureInfo.InvariantCulture);
        _writer.Write(_number, 0, written);
        EndCell();
    }

    public void Number(int column, int value)
    {
        StartCell(column, null);
        WriteInt(value);
        EndCell();
    }

    /// <summary>A date (and time) as Excel's serial number; the template's style gives the format.</summary>
    public void Date(int column, DateTime value)
    {
        StartCell(column, null);
        value.ToOADate().TryFormat(_number, out var written, "R", CultureInfo.InvariantCulture);
        _writer.Write(_number, 0, written);
        EndCell();
    }

    /// <summary>
    /// Writes the end of the sheet with the auto-filter (if any) over the header and every row written, the workbook
    /// part with its filter range to match, and the shared strings.
    /// </summary>
    public void Complete()
    {
        if (_inRow) throw new InvalidOperationException("A row is still open.");
        if (_completed) return;
        _completed = true;
        if (_sheet.Element(Ns + "autoFilter") is { } filter && (string?)filter.Attribute("ref") is { } reference)
            filter.SetAttributeValue("ref", WithLastRow(reference, _row));
        var xml = Serialize(_sheet);
        _writer.Write(xml.AsSpan(xml.IndexOf(_closeSheetData, StringComparison.Ordinal)));
        _writer.Dispose();

        var workbook = Load("xl/workbook.xml") ?? throw new InvalidOperationException("The workbook part is missing.");
        foreach (var name in workbook.Descendants(Ns + "definedName").Where(d => (string?)d.Attribute("name") == "_xlnm._FilterDatabase"))
            name.Value = WithLastRow(name.Value, _row);
        WriteEntry("xl/workbook.xml", w => w.Write(Serialize(workbook)));
        WriteEntry("xl/sharedStrings.xml", WriteSharedStrings);
    }

    public void Dispose()
    {
        if (!_completed) _writer.Dispose();
        _target.Dispose();
        _source.Dispose();
    }

    private void StartCell(int column, string? type)
    {
        if (!_inRow) throw new InvalidOperationException("No row is open.");
        _writer.Write('<');
        _writer.Write(_p);
        _writer.Write("c r=\"");
        _writer.Write(_columnLetters[column - 1]);
        WriteInt(_row);
        _writer.Write("\" s=\"");
        _writer.Write(_styles[column - 1]);
        if (type is not null)
        {
            _writer.Write("\" t=\"");
            _writer.Write(type);
        }
        _writer.Write("\"><");
        _writer.Write(_p);
        _writer.Write("v>");
    }

    private void EndCell()
    {
        _writer.Write("</");
        _writer.Write(_p);
        _writer.Write("v></");
        _writer.Write(_p);
        _writer.Write("c>");
    }

    private void WriteInt(int value)
    {
        value.TryFormat(_number, out var written, default, CultureInfo.InvariantCulture);
        _writer.Write(_number, 0, written);
    }

    private void WriteSharedStrings(StreamWriter w)
    {
        w.Write($"<?xml version=\"1.0\" encoding=\"utf-8\"?><sst xmlns=\"{Main}\" count=\"");
        w.Write((_stringCells + _skeletonStrings.Count).ToString(CultureInfo.InvariantCulture));
        w.Write("\" uniqueCount=\"");
        w.Write(_strings.Count.ToString(CultureInfo.InvariantCulture));
        w.Write("\">");
        foreach (var si in _skeletonStrings)
        {
            // Written without a prefix in the default namespace, as the <sst> around it.
            var copy = new XElement(Ns + "si", si.Nodes().Select(Unprefixed));
            w.Write(copy.ToString(SaveOptions.DisableFormatting));
        }
        for (var i = _skeletonStrings.Count; i < _strings.Count; i++)
        {
            var text = _strings[i];
            w.Write(char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) ? "<si><t xml:space=\"preserve\">" : "<si><t>");
            WriteEscaped(w, text);
            w.Write("</t></si>");
        }
        w.Write("</sst>");
    }

    private static XNode Unprefixed(XNode node) => node is XElement e
        ? new XElement(Ns + e.Name.LocalName, e.Attributes().Where(a => !a.IsNamespaceDeclaration), e.Nodes().Select(Unprefixed))
        : node;

    /// <summary>
    /// XML text the way Excel reads it: markup characters escaped, characters XML cannot carry as _xHHHH_, and a literal
    /// "_xHHHH_" protected so that Excel does not decode it.
    /// </summary>
    internal static void WriteEscaped(TextWriter w, string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = null;
            if (c == '&') replacement = "&amp;";
            else if (c == '<') replacement = "&lt;";
            else if (c == '>') replacement = "&gt;";
            else if (c == '_' && IsEscapeLike(text, i)) replacement = "_x005F_";
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            else if ((c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
                replacement = $"_x{(int)c:X4}_";
            if (replacement is null) continue;
            w.Write(text.AsSpan(start, i - start));
            w.Write(replacement);
            start = i + 1;
        }
        w.Write(text.AsSpan(start));
    }

    private static bool IsEscapeLike(string text, int i) =>
        i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' && !text.AsSpan(i + 2, 4).ContainsAnyExcept("0123456789ABCDEFabcdef");

    private XElement? Load(string name)
    {
        if (_source.GetEntry(name) is not { } entry) return null;
        using var stream = entry.Open();
        return XDocument.Load(stream).Root;
    }

    private void WriteEntry(string name, Action<StreamWriter> write)
    {
        var entry = _target.CreateEntry(name, CompressionLevel.Optimal);
        if (_source.GetEntry(name) is { } original) entry.LastWriteTime = original.LastWriteTime;
        using var w = new StreamWriter(entry.Open(), Utf8, bufferSize: 1 << 16);
        write(w);
    }

    private static string Serialize(XElement root) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + root.ToString(SaveOptions.DisableFormatting);

    /// <summary>"A1:L2" → "A1:L{row}"; "Sheet!$A$1:$L$2" → "Sheet!$A$1:$L${row}".</summary>
    private static string WithLastRow(string reference, int row)
    {
        var end = reference.Length;
        while (end > 0 && char.IsAsciiDigit(reference[end - 1])) end--;
        return reference[..end] + row.ToString(CultureInfo.InvariantCulture);
    }

    private static int ColumnNumber(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetterUpper(c)) break;
            column = column * 26 + (c - 'A' + 1);
        }
        return column;
    }

    private static string ColumnLetters(int column)
    {
        var letters = string.Empty;
        for (; column > 0; column = (column - 1) / 26) letters = (char)('A' + (column - 1) % 26) + letters;
        return letters;
    }
}
