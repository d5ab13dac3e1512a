using System.Text;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Infrastructure.Statements;
using static PartnerPortal.Infrastructure.Statements.WorkbookStyle;

namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>
/// The audit log as an Excel workbook: one row per entry (when, who, partner, what, key, action) with the fields before and
/// after in two columns, one "field: value" line each, the header frozen and filtered. Rows are streamed into a sheet
/// ClosedXML laid out (<see cref="WorkbookStreamedSheet"/>), as the order export does; every text is written as text, so a
/// value such as "=HYPERLINK(…)" typed into a partner's name stays text and never becomes a formula.
/// </summary>
public static class AuditLogWorkbook
{
    /// <summary>The most entries one export holds; a larger list must be narrowed by its filters first.</summary>
    public const int MaxEntries = 50_000;

    /// <summary>Excel keeps at most this many characters in a cell.</summary>
    public const int MaxCellText = 32_767;

    private const int Columns = 9;
    private const int Header = 1;

    public static async Task WriteAsync(IAsyncEnumerable<AuditLogItem> entries, DocumentText text, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);

        using var skeleton = new MemoryStream();
        Layout(text, skeleton);
        skeleton.Position = 0;

        using var buffer = new MemoryStream();
        using (var sheet = new WorkbookStreamedSheet(skeleton, buffer, templateRow: Header + 1))
        {
            await foreach (var entry in entries.WithCancellation(ct).ConfigureAwait(false))
            {
                if (sheet.Row - Header >= MaxEntries)
                    throw new InvalidOperationException($"An audit log export holds at most {MaxEntries:N0} entries; narrow the filters.");
                sheet.BeginRow();
                sheet.Date(1, LocalClock(entry.OccurredAt));
                sheet.Text(2, ActorText(entry.Actor, text));
                sheet.Text(3, entry.Partner?.Code);
                sheet.Text(4, entry.Partner is { } partner ? text.Name(partner.Name) : null);
                sheet.Text(5, entry.EntityType);
                sheet.Text(6, entry.EntityKey);
                sheet.Text(7, text[$"AuditAction.{entry.Action}"]);
                sheet.Text(8, Lines(entry.Fields, f => f.Before));
                sheet.Text(9, Lines(entry.Fields, f => f.After));
                sheet.EndRow();
            }
            sheet.Complete();
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct).ConfigureAwait(false);
    }

    /// <summary>Who, in the reader's language: a person's name, "api:&lt;key name&gt;", or the system (with its job).</summary>
    public static string ActorText(AuditActor actor, DocumentText text)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(text);
        return actor.Kind switch
        {
            AuditActorKind.System => actor.Name.Length == 0 ? text["system"] : $"{text["system"]} ({actor.Name})",
            AuditActorKind.Anonymous => text["anonymous"],
            _ => actor.Name,
        };
    }

    /// <summary>"field: value" per line for the fields that have a value on that side; cut to what a cell holds.</summary>
    private static string? Lines(IReadOnlyList<AuditFieldChange> fields, Func<AuditFieldChange, string?> side)
    {
        var lines = new StringBuilder();
        foreach (var field in fields)
        {
            if (side(field) is not { } value) continue;
            if (lines.Length > 0) lines.Append('\n');
            lines.Append(field.Field).Append(": ").Append(value);
            if (lines.Length >= MaxCellText) break;
        }
        if (lines.Length == 0) return null;
        return lines.Length <= MaxCellText ? lines.ToString() : lines.ToString(0, MaxCellText - 1) + "…";
    }

    private static void Layout(DocumentText text, Stream skeleton)
    {
        using var workbook = NewWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName(text["Audit log"]));
        Widths(sheet, 17, 24, 12, 28, 18, 12, 10, 50, 50);
        sheet.Column(1).Style.NumberFormat.Format = WorkbookStyle.DateTime;
        sheet.Column(8).Style.Alignment.WrapText = true;
        sheet.Column(9).Style.Alignment.WrapText = true;
        HeaderRow(sheet, Header, [
            text["When"], text["Who"], text["Partner code"], text["Partner name"], text["Entity type"], text["Key"], text["Action"],
            text["Before"], text["After"],
        ]);
        sheet.Cell(Header + 1, 1).SetValue(0);
        for (var column = 2; column <= Columns; column++) sheet.Cell(Header + 1, column).SetValue("-");
        for (var column = 1; column <= Columns; column++) sheet.Cell(Header + 1, column).Style.Alignment.Vertical = ClosedXML.Excel.XLAlignmentVerticalValues.Top;
        Table(sheet, Header, Header + 1, Columns);
        Save(workbook, skeleton);
    }
}
