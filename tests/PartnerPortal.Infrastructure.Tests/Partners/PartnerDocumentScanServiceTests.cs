using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Partners.DocumentTestKit;

namespace PartnerPortal.Infrastructure.Tests.Partners;

/// <summary>Scans attached by brand staff: checked by content and size before anything is kept, read only within the caller's scope.</summary>
public sealed class PartnerDocumentScanServiceTests
{
    private const long TenMegabytes = 10L * 1024 * 1024;

    [Theory]
    [InlineData("licence.pdf", "pdf", "licence.pdf", ScanFileType.Pdf)]
    [InlineData("营业执照.jpeg", "jpeg", "营业执照.jpg", ScanFileType.Jpeg)]
    [InlineData("photo.pdf", "png", "photo.png", ScanFileType.Png)] // a PNG named .pdf is a PNG
    public async Task A_scan_is_kept_as_the_type_its_content_is(string uploadedName, string content, string keptName, ScanFileType type)
    {
        await using var database = await TestDatabase.CreateAsync();
        var p1 = await database.PartnerIdAsync("P0001");
        var documentId = await AuthorizationAsync(database, "P0001");
        var (_, scans, documents) = await ServicesAsync(database, DemoUsers.ManagerEast);
        var bytes = content switch { "pdf" => Pdf(), "jpeg" => Jpeg(), _ => Png() };

        var attached = await scans.AttachAsync(p1, documentId, File(bytes, uploadedName));

        Assert.True(attached.Succeeded);
        var scan = Assert.Single((await documents.ListForPartnerAsync(p1))!, d => d.Id == documentId).Scan!;
        Assert.Equal((attached.Value, keptName, type, (long)bytes.Length), (scan.Id, scan.FileName, scan.Type, scan.Size));
        var download = (await scans.GetForDownloadAsync(scan.Id))!;
        Assert.Equal((keptName, type), (download.FileName, download.Type));
        Assert.Equal(bytes, await System.IO.File.ReadAllBytesAsync(Path.Combine(FolderOf(database), download.StoredName)));
    }

    // The files are made in the test: theory data is serialized when the tests are discovered, a 10 MB array included.
    [Theory]
    [InlineData("an HTML page named .pdf", "html", null, ProblemCodes.ScanWrongType)]
    [InlineData("an empty file", "empty", null, ProblemCodes.ScanEmpty)]
    [InlineData("a file the browser says is 11 MB", "png", 11L * 1024 * 1024, ProblemCodes.ScanTooLarge)]
    [InlineData("a file of 10 MB and one byte that says it is small", "png 10 MB + 1", 300L, ProblemCodes.ScanTooLarge)]
    public async Task A_file_that_is_no_scan_or_too_large_is_refused_with_its_reason_and_nothing_is_kept(string what, string file, long? declared,
        string code)
    {
        var content = file switch { "html" => Html(), "empty" => [], "png" => Png(), _ => Png((int)TenMegabytes + 1) };
        await using var database = await TestDatabase.CreateAsync();
        var p1 = await database.PartnerIdAsync("P0001");
        var documentId = await AuthorizationAsync(database, "P0001");
        var (_, scans, _) = await ServicesAsync(database, DemoUsers.ManagerEast);

        var attached = await scans.AttachAsync(p1, documentId, File(content, "licence.pdf", declared));

        var problem = Assert.Single(attached.Problems);
        Assert.True((code, "Scan") == (problem.Code, problem.Field), what);
        if (code == ProblemCodes.ScanTooLarge) Assert.Equal([10L], problem.Args);
        Assert.Empty(StoredFiles(database));
        await using var db = await database.CreateSystemContextAsync();
        Assert.Null((await db.PartnerDocuments.SingleAsync(d => d.Id == documentId)).ScanId);
        Assert.False(await db.PartnerDocumentScans.AnyAsync(s => s.UploadedBy == DemoUsers.ManagerEast), what);
    }

    [Fact]
    public async Task The_limit_follows_the_setting()
    {
        await using var database = await TestDatabase.CreateAsync(settings: new Dictionary<string, string?> { ["PartnerDocuments:ScanMaxMegabytes"] = "1" });
        var p1 = await database.PartnerIdAsync("P0001");
        var documentId = await AuthorizationAsync(database, "P0001");
        var (_, scans, _) = await ServicesAsync(database, DemoUsers.Admin);

        Assert.True((await scans.AttachAsync(p1, documentId, File(Png(1024 * 1024), "exactly-1-mb.png"))).Succeeded);
        var over = await scans.AttachAsync(p1, documentId, File(Png(1024 * 1024 + 1), "over.png"));
        Assert.Equal([(ProblemCodes.ScanTooLarge, (object)1L)], over.Problems.Select(p => (p.Code, p.Args.Single())));
    }

    [Fact]
    public async Task A_replaced_scan_no_renewal_refers_to_is_deleted_with_its_file()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p1 = await database.PartnerIdAsync("P0001");
        var documentId = await AuthorizationAsync(database, "P0001");
        var (_, scans, _) = await ServicesAsync(database, DemoUsers.ManagerEast);
        var first = (await scans.AttachAsync(p1, documentId, File(Pdf(), "wrong-page.pdf"))).Value;

        var second = (await scans.AttachAsync(p1, documentId, File(Pdf(), "right-page.pdf"))).Value;

        Assert.Null(await scans.GetForDownloadAsync(first));
        Assert.Equal("right-page.pdf", (await scans.GetForDownloadAsync(second))!.FileName);
        Assert.Single(StoredFiles(database));
    }

    [Fact]
    public async Task A_scan_is_read_only_within_the_callers_scope()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p1 = await database.PartnerIdAsync("P0001");
        var documentId = await AuthorizationAsync(database, "P0001");
        var (_, staff, _) = await ServicesAsync(database, DemoUsers.ManagerEast);
        var scanId = (await staff.AttachAsync(p1, documentId, File(Png(), "licence.png"))).Value;

        foreach (var (email, sees) in new[]
                 {
                     (DemoUsers.DealerP0001, true), (DemoUsers.TraineeP0001, true), (DemoUsers.Admin, true), (DemoUsers.ManagerEast, true),
                     (DemoUsers.DealerP0002, false), (DemoUsers.ManagerNorth, false),
                 })
        {
            var (_, scans, _) = await ServicesAsync(database, email);
            Assert.True(sees == (await scans.GetForDownloadAsync(scanId) is not null), email);
        }
    }

    [Fact]
    public async Task Only_brand_staff_of_the_partners_region_attach_scans()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p1 = await database.PartnerIdAsync("P0001");
        var documentId = await AuthorizationAsync(database, "P0001");
        var (_, dealer, _) = await ServicesAsync(database, DemoUsers.DealerP0001);
        var (_, north, _) = await ServicesAsync(database, DemoUsers.ManagerNorth);

        await Assert.ThrowsAsync<ScopeViolationException>(() => dealer.AttachAsync(p1, documentId, File(Png(), "a.png")));
        Assert.Equal([(ProblemCodes.NotFound, "Document")], (await north.AttachAsync(p1, documentId, File(Png(), "a.png"))).Problems.Select(p => (p.Code, p.Field)));
        Assert.Empty(StoredFiles(database));
    }

    [Fact]
    public async Task Deleting_a_document_deletes_its_renewals_and_every_scan_with_its_file()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p1 = await database.PartnerIdAsync("P0001");
        var documentId = await AuthorizationAsync(database, "P0001");
        var (_, staffScans, staffDocuments) = await ServicesAsync(database, DemoUsers.ManagerEast);
        await staffScans.AttachAsync(p1, documentId, File(Pdf(), "2026.pdf"));
        var (renewals, _, _) = await ServicesAsync(database, DemoUsers.DealerP0001);
        var accepted = (await renewals.SubmitAsync(documentId, Renewal(), File(Png(), "2027.png"))).Value;
        var (managerRenewals, _, _) = await ServicesAsync(database, DemoUsers.ManagerEast);
        await managerRenewals.AcceptAsync(accepted);
        await renewals.SubmitAsync(documentId, Renewal(number: "AUTH-2028", expiresInDays: 800), File(Png(), "2028.png"));
        Assert.Equal(3, StoredFiles(database).Count);

        Assert.True((await staffDocuments.DeleteAsync(p1, documentId)).Succeeded);

        Assert.Empty(StoredFiles(database));
        await using var db = await database.CreateSystemContextAsync();
        Assert.False(await db.PartnerDocumentScans.AnyAsync(s => s.UploadedBy != "demo"));
        Assert.False(await db.PartnerDocumentRenewals.AnyAsync(r => r.DocumentId == documentId));
    }

    private static string FolderOf(TestDatabase database) => database.Services.GetRequiredService<PartnerDocumentFiles>().Folder;
}
