using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Web.Partners;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Partners;

/// <summary>
/// GET /partner-documents/scans/{id} through the real app: a scan reaches only the callers who may see its partner
/// (DESIGN rule 12); anyone else, whatever id they type, gets the 404 of a scan that does not exist. The demo draws
/// scans for P0001–P0004 and P0013.
/// </summary>
public sealed class PartnerDocumentScanEndpointTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const string DealerP0002 = "dealer.p0002@demo.partnerportal.local";
    private const string ManagerNorth = "manager.north@demo.partnerportal.local"; // 华北 and 西南

    private async Task<int> ScanOfAsync(string partnerCode, PartnerDocumentKind kind) => await app.WithSystemContextAsync(db =>
        db.PartnerDocuments.Where(d => d.Partner!.Code == partnerCode && d.Kind == kind).Select(d => d.ScanId!.Value).SingleAsync());

    private async Task<HttpResponseMessage> GetAsync(string user, string url)
    {
        using var client = app.CreatePortalClient();
        await client.SignInAsync(user);
        return await client.GetAsync(url);
    }

    [Theory]
    [InlineData(DemoUsers.Dealer)]
    [InlineData(DemoUsers.Trainee)]
    [InlineData(DemoUsers.ManagerEast)]
    [InlineData(DemoUsers.Admin)]
    public async Task Whoever_may_see_the_partner_opens_its_scan_in_the_browser(string user)
    {
        var response = await GetAsync(user, PartnerDocumentEndpoints.ScanUrl(await ScanOfAsync("P0001", PartnerDocumentKind.DealerAuthorization)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("P0001-AUTH-P0001-03.png", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(ScanFileType.Png, ScanFileRules.Detect(bytes));
    }

    [Theory]
    [InlineData(DealerP0002, "P0001")]   // another partner
    [InlineData(ManagerNorth, "P0001")]  // a partner outside the manager's regions
    [InlineData(DemoUsers.Dealer, "P0002")]
    [InlineData(DemoUsers.Trainee, "P0013")]
    [InlineData(DemoUsers.ManagerEast, "P0013")]
    public async Task Another_partners_scan_is_404_and_nothing_of_it(string user, string partnerCode)
    {
        var scanId = await ScanOfAsync(partnerCode, PartnerDocumentKind.BusinessLicense);

        var response = await GetAsync(user, PartnerDocumentEndpoints.ScanUrl(scanId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.DoesNotContain(partnerCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_id_that_does_not_exist_reads_exactly_like_one_of_another_partner()
    {
        var foreign = await GetAsync(DealerP0002, PartnerDocumentEndpoints.ScanUrl(await ScanOfAsync("P0001", PartnerDocumentKind.BusinessLicense)));
        var missing = await GetAsync(DealerP0002, PartnerDocumentEndpoints.ScanUrl(int.MaxValue));

        Assert.Equal(await ProblemAsync(foreign), await ProblemAsync(missing));
        Assert.Equal(HttpStatusCode.OK,
            (await GetAsync(DealerP0002, PartnerDocumentEndpoints.ScanUrl(await ScanOfAsync("P0002", PartnerDocumentKind.BusinessLicense)))).StatusCode);
    }

    [Fact]
    public async Task A_pdf_downloads_under_its_Chinese_name_and_the_browser_may_not_guess_its_type()
    {
        var scanId = await AddScanAsync("P0001", "%PDF-1.7\n%demo\n"u8.ToArray(), "营业执照（正本）.pdf", ScanFileType.Pdf);

        var response = await GetAsync(DemoUsers.Dealer, PartnerDocumentEndpoints.ScanUrl(scanId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("营业执照（正本）.pdf", disposition.FileNameStar);
        // The plain filename= is ASCII only, for old clients; the UTF-8 name travels percent-encoded in filename*=.
        var header = string.Join(";", response.Content.Headers.GetValues("Content-Disposition"));
        Assert.True(header.All(c => c < 128), header);
        Assert.Contains("filename*=UTF-8''%E8%90%A5%E4%B8%9A", header, StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("sandbox", string.Join("", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_out_callers_are_sent_to_sign_in_and_get_no_file()
    {
        using var client = app.CreatePortalClient();

        var response = await client.GetAsync(PartnerDocumentEndpoints.ScanUrl(await ScanOfAsync("P0001", PartnerDocumentKind.BusinessLicense)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    /// <summary>What a 404 says, less its trace id, which differs per request.</summary>
    private static async Task<(HttpStatusCode, string?, string?, string?)> ProblemAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        string? Text(string name) => body.RootElement.TryGetProperty(name, out var value) ? value.GetString() : null;
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, Text("title"), Text("detail"));
    }

    private async Task<int> AddScanAsync(string partnerCode, byte[] content, string fileName, ScanFileType type)
    {
        var files = app.Services.GetRequiredService<PartnerDocumentFiles>();
        var stored = (await files.SaveAsync(content, Stream.Null, content.Length))!.Value;
        return await app.WithSystemContextAsync(async db =>
        {
            var scan = new PartnerDocumentScan
            {
                PartnerId = await db.Partners.Where(p => p.Code == partnerCode).Select(p => p.Id).SingleAsync(), StoredName = stored.StoredName,
                FileName = ScanFileRules.FileName(fileName, type), Type = type, Size = stored.Size, UploadedAt = DateTimeOffset.UtcNow,
                UploadedBy = "test",
            };
            db.PartnerDocumentScans.Add(scan);
            await db.SaveChangesAsync();
            return scan.Id;
        });
    }
}
