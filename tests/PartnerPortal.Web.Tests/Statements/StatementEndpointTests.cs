using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Statements;
using PartnerPortal.Web.Tests.Support;
using UglyToad.PdfPig;

namespace PartnerPortal.Web.Tests.Statements;

/// <summary>
/// The export endpoints through real sign-ins on the demo data: files of one's own partner, 404 for another's
/// (as the pages answer), 400 naming a bad parameter, and the order export holding only the caller's orders.
/// </summary>
public sealed class StatementEndpointTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const string ManagerNorth = "manager.north@demo.partnerportal.local"; // 华北 only
    private const string HengTong = "上海恒通电器贸易有限公司"; // P0001

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);
    // The demo gives P0001 an invoice 40 days ago.
    private static readonly DateOnly From = Today.AddDays(-90);
    private static readonly DateOnly LastMonthStart = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1);
    private static readonly DateOnly LastMonthEnd = new DateOnly(Today.Year, Today.Month, 1).AddDays(-1);

    private async Task<PortalClient> SignedInAsync(string email)
    {
        var client = app.CreatePortalClient();
        await client.SignInAsync(email);
        return client;
    }

    private async Task<string> AccountUrlAsync(string partnerCode, string format, DateOnly? from = null, DateOnly? to = null) =>
        ExportUrls.AccountStatement(await app.PartnerIdAsync(partnerCode), from ?? From, to ?? Today, format);

    private async Task<string> RebateUrlAsync(string partnerCode, string format) =>
        ExportUrls.RebateStatement(await app.PartnerIdAsync(partnerCode), new DateOnly(Today.Year, 1, 1), new DateOnly(Today.Year, 12, 31), format);

    private static string? FileName(HttpResponseMessage response) =>
        response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"');

    [Fact]
    public async Task Dealer_downloads_its_account_statement_as_pdf()
    {
        using var client = await SignedInAsync(DemoUsers.Dealer);

        var response = await client.GetAsync(await AccountUrlAsync("P0001", "pdf"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(StatementEndpoints.PdfContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"statement-P0001-{From:yyyyMMdd}-{Today:yyyyMMdd}.pdf", FileName(response));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));

        var text = PdfText(bytes);
        Assert.Contains("P0001", text);
        Assert.Contains("Page 1 of", text);
    }

    [Fact]
    public async Task The_document_speaks_the_readers_language()
    {
        using var client = app.CreatePortalClient();
        await client.GetAsync($"/culture/set?culture={PortalCultures.Chinese}&redirectUri=/");
        await client.SignInAsync(DemoUsers.Dealer);

        var response = await client.GetAsync(await AccountUrlAsync("P0001", "pdf"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(HengTong, text);
        Assert.Contains("¥", text);
        Assert.DoesNotContain("Shanghai", text);
    }

    [Fact]
    public async Task A_calendar_month_names_the_file_by_the_month()
    {
        using var client = await SignedInAsync(DemoUsers.Dealer);

        var response = await client.GetAsync(await AccountUrlAsync("P0001", "pdf", LastMonthStart, LastMonthEnd));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"statement-P0001-{LastMonthStart:yyyy-MM}.pdf", FileName(response));
    }

    [Fact]
    public async Task Dealer_downloads_its_account_statement_as_a_workbook()
    {
        using var client = await SignedInAsync(DemoUsers.Dealer);

        var response = await client.GetAsync(await AccountUrlAsync("P0001", "xlsx"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(StatementEndpoints.XlsxContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"statement-P0001-{From:yyyyMMdd}-{Today:yyyyMMdd}.xlsx", FileName(response));
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = new XLWorkbook(file);
        var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetFormattedString()).ToList();
        Assert.Contains(cells, c => c.Contains("P0001", StringComparison.Ordinal));
        SecondWorkbookReader.AssertNoPrefixedElements(file);
        Assert.Contains(SecondWorkbookReader.Texts(file), row => row.Any(c => c.Contains("P0001", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Dealer_downloads_its_rebate_statement_for_the_year()
    {
        using var client = await SignedInAsync(DemoUsers.Dealer);

        var pdf = await client.GetAsync(await RebateUrlAsync("P0001", "pdf"));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal(StatementEndpoints.PdfContentType, pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"rebate-statement-P0001-{Today.Year}.pdf", FileName(pdf));
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(), 0, 4));

        var xlsx = await client.GetAsync(await RebateUrlAsync("P0001", "xlsx"));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(StatementEndpoints.XlsxContentType, xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"rebate-statement-P0001-{Today.Year}.xlsx", FileName(xlsx));
        using var file = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        using var workbook = new XLWorkbook(file);
        Assert.NotEmpty(workbook.Worksheets);
        SecondWorkbookReader.AssertNoPrefixedElements(file);
        Assert.Contains(SecondWorkbookReader.Texts(file), row => row.Any(c => c.Contains("P0001", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("xlsx")]
    public async Task Dealer_gets_404_and_nothing_for_another_partners_statements(string format)
    {
        using var client = await SignedInAsync(DemoUsers.Dealer);

        foreach (var url in new[] { await AccountUrlAsync("P0002", format), await RebateUrlAsync("P0002", format) })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
            Assert.Null(response.Content.Headers.ContentDisposition);
            Assert.DoesNotContain("杭州", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_partner_id_that_does_not_exist_is_404()
    {
        using var client = await SignedInAsync(DemoUsers.Admin);

        var response = await client.GetAsync(ExportUrls.AccountStatement(999_999, From, Today, "pdf"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_manager_of_other_regions_gets_404_and_the_managing_one_gets_the_statement()
    {
        using (var north = await SignedInAsync(ManagerNorth))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await north.GetAsync(await AccountUrlAsync("P0001", "pdf"))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await north.GetAsync(await RebateUrlAsync("P0001", "xlsx"))).StatusCode);
        }

        using var east = await SignedInAsync(DemoUsers.ManagerEast);
        var account = await east.GetAsync(await AccountUrlAsync("P0001", "xlsx"));
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await east.GetAsync(await RebateUrlAsync("P0001", "pdf"))).StatusCode);
    }

    [Theory]
    [InlineData("from=2026-13-01&to=2026-12-31&format=pdf", "from")]
    [InlineData("to=2026-12-31&format=pdf", "from")]
    [InlineData("from=2026-12-01&to=2026-11-30&format=pdf", "from")]
    [InlineData("from=2020-01-01&to=2026-12-31&format=pdf", "to")]
    [InlineData("from=2026-11-01&to=2026-11-30&format=docx", "format")]
    public async Task Bad_parameters_are_400_with_a_problem_naming_the_parameter(string query, string parameter)
    {
        using var client = await SignedInAsync(DemoUsers.Dealer);
        var id = await app.PartnerIdAsync("P0001");

        foreach (var kind in new[] { "account", "rebates" })
        {
            var response = await client.GetAsync($"/exports/statements/{kind}/{id}?{query}");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), problem.RootElement.ToString());
            Assert.Contains(parameter, problem.RootElement.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task The_order_export_as_the_dealer_holds_only_its_own_order_lines()
    {
        await app.ApprovedOrderIdAsync(); // P0001
        await OrderOfAsync("P0002");
        using var client = await SignedInAsync(DemoUsers.Dealer);

        var response = await client.GetAsync(StatementEndpoints.OrdersPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(StatementEndpoints.XlsxContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(new Regex(@"^orders-\d{8}-\d{4}\.xlsx$"), FileName(response));
        var codes = PartnerCodes(await response.Content.ReadAsStreamAsync());
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Equal("P0001", code));
    }

    [Fact]
    public async Task The_order_export_follows_the_lists_filters()
    {
        await app.ApprovedOrderIdAsync(); // P0001
        await OrderOfAsync("P0002");
        using var client = await SignedInAsync(DemoUsers.Admin);

        var all = PartnerCodes(await (await client.GetAsync(StatementEndpoints.OrdersPath)).Content.ReadAsStreamAsync());
        Assert.Contains("P0001", all);
        Assert.Contains("P0002", all);

        var url = ExportUrls.Orders(OrderStatus.Approved, Today.AddDays(-1), Today.AddDays(1), await app.PartnerIdAsync("P0002"), "SO-P0002");
        var filtered = PartnerCodes(await (await client.GetAsync(url)).Content.ReadAsStreamAsync());
        Assert.NotEmpty(filtered);
        Assert.All(filtered, code => Assert.Equal("P0002", code));

        var none = PartnerCodes(await (await client.GetAsync(ExportUrls.Orders(OrderStatus.Cancelled, null, null, null, "SO-P0002"))).Content.ReadAsStreamAsync());
        Assert.Empty(none);
    }

    [Fact]
    public async Task A_bad_order_filter_is_400()
    {
        using var client = await SignedInAsync(DemoUsers.Dealer);

        var response = await client.GetAsync($"{StatementEndpoints.OrdersPath}?status=Lost&from=2026-01-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("status", out _));
    }

    [Fact]
    public async Task Signed_out_callers_get_no_file()
    {
        using var client = app.CreatePortalClient();

        foreach (var url in new[] { await AccountUrlAsync("P0001", "pdf"), await RebateUrlAsync("P0001", "xlsx"), StatementEndpoints.OrdersPath })
        {
            var response = await client.GetAsync(url);
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task A_trainee_may_not_export()
    {
        using var client = await SignedInAsync(DemoUsers.Trainee);

        foreach (var url in new[] { await AccountUrlAsync("P0001", "pdf"), StatementEndpoints.OrdersPath })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
        }
    }

    private static string PdfText(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }

    /// <summary>The partner code column of the order workbook's rows.</summary>
    /// <summary>The partner code of each line, read with ClosedXML and again with the second reader, which must agree.</summary>
    private static List<string> PartnerCodes(Stream xlsx)
    {
        using var file = new MemoryStream();
        xlsx.CopyTo(file);
        file.Position = 0;
        using var workbook = new XLWorkbook(file);
        var sheet = workbook.Worksheets.First();
        var header = sheet.Row(1).CellsUsed().Single(c => c.GetString() == "Partner code").Address.ColumnNumber;
        var codes = sheet.RowsUsed().Skip(1).Select(r => r.Cell(header).GetString()).ToList();
        SecondWorkbookReader.AssertNoPrefixedElements(file);
        Assert.Equal(codes, SecondWorkbookReader.Texts(file).Skip(1).Select(r => r[header - 1]));
        return codes;
    }

    /// <summary>An approved order of another partner, made once per app.</summary>
    private Task<int> OrderOfAsync(string code) =>
        app.WithSystemContextAsync(async db =>
        {
            var existing = await db.Orders.Where(o => o.Number == "SO-P0002-TEST-EXPORT").Select(o => (int?)o.Id).SingleOrDefaultAsync();
            if (existing is { } id) return id;
            var partnerId = await db.Partners.Where(p => p.Code == code).Select(p => p.Id).SingleAsync();
            var product = await db.Products.SingleAsync(p => p.Sku == "AC-1001");
            var order = new Order
            {
                Number = "SO-P0002-TEST-EXPORT", PartnerId = partnerId, IdempotencyKey = "export", SubmittedAt = DateTimeOffset.UtcNow, Total = 3_299.00m,
                Lines = [new OrderLine { ProductId = product.Id, Sku = product.Sku, Quantity = 1, ListPrice = 3_299.00m, UnitPrice = 3_299.00m, LineTotal = 3_299.00m }],
            };
            order.MoveTo(OrderStatus.Submitted, DateTimeOffset.UtcNow, null, "test");
            order.MoveTo(OrderStatus.Approved, DateTimeOffset.UtcNow, null, "test");
            db.Orders.Add(order);
            await db.SaveChangesAsync();
            return order.Id;
        });
}
