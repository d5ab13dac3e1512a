using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Web.Auditing;
using PartnerPortal.Web.Statements;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Auditing;

/// <summary>
/// The audit log page and its export through the real app and a real SQLite file: P0001 is EAST (manager.east's), P0009
/// NORTH (not theirs). Entries of the test's own entity type are written straight into the log.
/// </summary>
public sealed class AuditLogEndpointTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const string TestType = "WebAuditRow";
    private const string BulkType = "WebAuditBulk";

    private async Task<(int East, int North)> ArrangeAsync()
    {
        var east = await app.PartnerIdAsync("P0001");
        var north = await app.PartnerIdAsync("P0009");
        await app.WithSystemContextAsync(async db =>
        {
            if (await db.AuditEntries.AnyAsync(a => a.EntityType == TestType)) return 0;
            db.AuditEntries.AddRange(
                Entry(east, "EAST-KEY", """{"CreditLimit":{"old":200000.0,"new":250000.00},"Name":{"old":"恒通","new":"=HYPERLINK(\"http://x\")"}}"""),
                Entry(north, "NORTH-KEY", """{"CreditLimit":{"old":1.00,"new":2.00}}"""));
            return await db.SaveChangesAsync();
        });
        return (east, north);
    }

    private static AuditEntry Entry(int partnerId, string key, string changes) => new()
    {
        OccurredAt = DateTimeOffset.UtcNow, UserName = "api:erp", UserId = "apikey:1", EntityType = TestType, EntityKey = key,
        Action = AuditAction.Updated, PartnerId = partnerId, Changes = changes,
    };

    private async Task<PortalClient> SignedInAsync(string email)
    {
        var client = app.CreatePortalClient();
        await client.SignInAsync(email);
        return client;
    }

    private static async Task<XLWorkbook> WorkbookAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(StatementEndpoints.XlsxContentType, response.Content.Headers.ContentType?.MediaType);
        var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return new XLWorkbook(file);
    }

    private static List<string> Keys(XLWorkbook workbook)
    {
        var sheet = workbook.Worksheet(1);
        return Enumerable.Range(2, Math.Max(0, sheet.LastRowUsed().RowNumber() - 1)).Select(r => sheet.Cell(r, 6).GetString()).ToList();
    }

    [Fact]
    public async Task The_admin_opens_a_partners_entries_from_the_link_of_its_page()
    {
        var (east, _) = await ArrangeAsync();

        var partnerPage = await app.GetPageAsync(DemoUsers.Admin, $"/partners/{east}");
        var link = AuditLogAddress.Page(new AuditLogFilter(PartnerId: east));
        Assert.Contains($"href=\"{link}\"", partnerPage);
        var html = await app.GetPageAsync(DemoUsers.Admin, link);

        Assert.Contains("data-testid=\"audit-entry\"", html);
        Assert.Contains("EAST-KEY", html);
        Assert.DoesNotContain("NORTH-KEY", html);
        Assert.Contains("250000.00", html);
        Assert.Contains("data-changed=\"true\"", html);
    }

    [Fact]
    public async Task A_channel_manager_gets_nothing_of_another_regions_partner_by_typing_its_id()
    {
        var (east, north) = await ArrangeAsync();

        var typed = await app.GetPageAsync(DemoUsers.ManagerEast, $"/admin/audit?partnerId={north}&entityType={TestType}");
        var own = await app.GetPageAsync(DemoUsers.ManagerEast, $"/admin/audit?entityType={TestType}");
        using var client = await SignedInAsync(DemoUsers.ManagerEast);
        using var typedExport = await WorkbookAsync(await client.GetAsync(AuditLogAddress.Export(new AuditLogFilter(PartnerId: north))));
        using var ownExport = await WorkbookAsync(await client.GetAsync(AuditLogAddress.Export(new AuditLogFilter(EntityType: TestType))));

        Assert.DoesNotContain("NORTH-KEY", typed);
        Assert.Contains("data-testid=\"audit-empty\"", typed);
        Assert.Contains("EAST-KEY", own);
        Assert.DoesNotContain("NORTH-KEY", own);
        Assert.Empty(Keys(typedExport));
        Assert.Equal(["EAST-KEY"], Keys(ownExport));
        _ = east;
    }

    [Fact]
    public async Task The_export_holds_the_filtered_list_with_formulas_kept_as_text()
    {
        await ArrangeAsync();
        using var client = await SignedInAsync(DemoUsers.Admin);

        var response = await client.GetAsync(AuditLogAddress.Export(new AuditLogFilter(EntityType: TestType)));
        using var workbook = await WorkbookAsync(response);

        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        Assert.Matches(@"^audit-log-\d{8}-\d{4}\.xlsx$", response.Content.Headers.ContentDisposition?.FileNameStar ?? "");
        Assert.Equal(["EAST-KEY", "NORTH-KEY"], Keys(workbook).Order(StringComparer.Ordinal));
        var sheet = workbook.Worksheet(1);
        var row = Enumerable.Range(2, 2).Single(r => sheet.Cell(r, 6).GetString() == "EAST-KEY");
        Assert.Equal("api:erp", sheet.Cell(row, 2).GetString());
        Assert.Equal("P0001", sheet.Cell(row, 3).GetString());
        Assert.Equal("CreditLimit: 200000.00\nName: 恒通", sheet.Cell(row, 8).GetString());
        Assert.Equal("CreditLimit: 250000.00\nName: =HYPERLINK(\"http://x\")", sheet.Cell(row, 9).GetString());
        Assert.False(sheet.Cell(row, 9).HasFormula);
    }

    [Fact]
    public async Task An_export_over_the_limit_is_refused_with_how_many_entries_the_list_holds()
    {
        await app.WithSystemContextAsync(db => db.Database.ExecuteSqlRawAsync($"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {AuditLogWorkbook.MaxEntries + 1})
            INSERT INTO AuditEntries (OccurredAt, UserName, EntityType, EntityKey, Action, Changes)
            SELECT 0, 'system:test', '{BulkType}', CAST(i AS TEXT), 'Created', '[]' FROM n
            """));
        using var client = await SignedInAsync(DemoUsers.Admin);

        var response = await client.GetAsync(AuditLogAddress.Export(new AuditLogFilter(EntityType: BulkType)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.Contains("50,001", detail);
        Assert.Contains("50,000", detail);
    }

    [Theory]
    [InlineData(DemoUsers.Dealer)]
    [InlineData(DemoUsers.Trainee)]
    public async Task Partner_users_get_neither_the_page_nor_the_export(string user)
    {
        await app.AssertRefusedAsync(user, AuditLogAddress.PagePath);
        using var client = await SignedInAsync(user);
        var export = await client.GetAsync(AuditLogAddress.ExportPath);
        Assert.NotEqual(HttpStatusCode.OK, export.StatusCode);
    }
}
