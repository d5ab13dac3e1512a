using System.Runtime.CompilerServices;
using ClosedXML.Excel;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Statements;
using PartnerPortal.Infrastructure.Tests.Statements;

namespace PartnerPortal.Infrastructure.Tests.Auditing;

/// <summary>The audit log's export, read back with ClosedXML and a second reader.</summary>
public sealed class AuditLogWorkbookTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 14, 35, 0, TimeSpan.FromHours(8));
    private static readonly AuditPartner Hengtong = new(1, "P0001", new LocalName("上海恒通电器贸易有限公司", "Shanghai Hengtong"));

    private static AuditLogItem Item(long id, AuditActor actor, AuditPartner? partner, params AuditFieldChange[] fields) =>
        new(id, At, actor, "CreditAccount", "7", AuditAction.Updated, partner, fields);

    private static async IAsyncEnumerable<AuditLogItem> Stream(IEnumerable<AuditLogItem> items, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    private static async Task<(XLWorkbook Workbook, MemoryStream File)> WriteAsync(IEnumerable<AuditLogItem> items)
    {
        var file = new MemoryStream();
        await AuditLogWorkbook.WriteAsync(Stream(items), DocumentText.English(), file, CancellationToken.None);
        file.Position = 0;
        return (new XLWorkbook(file), file);
    }

    [Fact]
    public async Task One_row_per_entry_with_who_when_what_and_the_fields_before_and_after()
    {
        var (workbook, file) = await WriteAsync([
            Item(2, new AuditActor(AuditActorKind.User, "系统管理员 Admin"), Hengtong,
                new AuditFieldChange("CreditLimit", "200000.00", "250000.00", true), new AuditFieldChange("Mode", "0", "1", true)),
            Item(1, new AuditActor(AuditActorKind.System, "start-up"), null, new AuditFieldChange("Name", null, "新", true)),
        ]);
        using var _w = workbook;
        var sheet = workbook.Worksheet(1);

        // DocumentText.English() passes keys through; the web app translates AuditAction.Updated.
        Assert.Equal("Audit log", sheet.Name);
        Assert.Equal(["When", "Who", "Partner code", "Partner name", "Entity type", "Key", "Action", "Before", "After"],
            Enumerable.Range(1, 9).Select(c => sheet.Cell(1, c).GetString()));
        Assert.Equal(LocalOf(At), sheet.Cell(2, 1).GetDateTime());
        Assert.Equal(["系统管理员 Admin", "P0001", "Shanghai Hengtong", "CreditAccount", "7", "AuditAction.Updated", "CreditLimit: 200000.00\nMode: 0",
            "CreditLimit: 250000.00\nMode: 1"], Enumerable.Range(2, 8).Select(c => sheet.Cell(2, c).GetString()));
        Assert.Equal(["system (start-up)", "", "", "Name: 新"], new[] { 2, 3, 8, 9 }.Select(c => sheet.Cell(3, c).GetString()));
        Assert.Equal(3, sheet.LastRowUsed().RowNumber());
        WorkbookReading.AssertValid(file);
    }

    [Fact]
    public async Task A_value_that_looks_like_a_formula_stays_text()
    {
        var (workbook, file) = await WriteAsync([
            Item(1, new AuditActor(AuditActorKind.User, "=cmd|' /C calc'!A0"), Hengtong with { Code = "+P0001" },
                new AuditFieldChange("Name", "@SUM(1+1)", "=HYPERLINK(\"http://x\")", true)),
        ]);
        using var _w = workbook;
        var sheet = workbook.Worksheet(1);

        foreach (var column in new[] { 2, 3, 8, 9 })
        {
            Assert.False(sheet.Cell(2, column).HasFormula);
            Assert.Equal(XLDataType.Text, sheet.Cell(2, column).DataType);
        }
        Assert.Equal("=cmd|' /C calc'!A0", sheet.Cell(2, 2).GetString());
        Assert.Equal("Name: =HYPERLINK(\"http://x\")", sheet.Cell(2, 9).GetString());
        WorkbookReading.AssertValid(file);
    }

    [Fact]
    public async Task A_value_longer_than_a_cell_holds_is_cut_to_fit()
    {
        var (workbook, file) = await WriteAsync([Item(1, new AuditActor(AuditActorKind.ApiKey, "api:erp"), null,
            new AuditFieldChange("Content", null, new string('长', 40_000), true))]);
        using var _w = workbook;

        var after = workbook.Worksheet(1).Cell(2, 9).GetString();
        Assert.Equal(AuditLogWorkbook.MaxCellText, after.Length);
        Assert.EndsWith("…", after, StringComparison.Ordinal);
        Assert.Equal("api:erp", workbook.Worksheet(1).Cell(2, 2).GetString());
        WorkbookReading.AssertValid(file);
    }

    [Fact]
    public async Task More_entries_than_an_export_holds_are_refused()
    {
        var many = Enumerable.Range(0, AuditLogWorkbook.MaxEntries + 1).Select(i => Item(i, new AuditActor(AuditActorKind.System, ""), null));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => WriteAsync(many));

        Assert.Contains("narrow the filters", refused.Message, StringComparison.Ordinal);
    }

    private static DateTime LocalOf(DateTimeOffset value) => DateTime.SpecifyKind(value.ToLocalTime().DateTime, DateTimeKind.Unspecified);
}
