using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Infrastructure.Seeding;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Seeding;

public sealed class DocumentSeedingTests
{
    [Fact]
    public async Task Every_demo_partner_has_a_business_license_and_a_dealer_authorization()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.CreateSystemContextAsync();

        var kinds = await db.Partners.Select(p => new
        {
            p.Code,
            License = db.PartnerDocuments.Count(d => d.PartnerId == p.Id && d.Kind == PartnerDocumentKind.BusinessLicense),
            Authorization = db.PartnerDocuments.Count(d => d.PartnerId == p.Id && d.Kind == PartnerDocumentKind.DealerAuthorization),
        }).ToListAsync();

        Assert.Equal(14, kinds.Count);
        Assert.All(kinds, k => Assert.True(k.License == 1 && k.Authorization == 1, $"{k.Code}: {k.License} license(s), {k.Authorization} authorization(s)"));
    }

    [Fact]
    public async Task Some_demo_documents_are_expired_or_expire_within_30_days_of_the_seeding_day_in_every_region()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.CreateSystemContextAsync();
        var today = DateOnly.FromDateTime(DateTime.Now);

        var expiring = await db.PartnerDocuments.ExpiringWithin(today, ExpiringDocuments.DefaultDays)
            .Select(d => new { d.Partner!.Code, Region = d.Partner.Region!.Code, d.ExpiresOn }).ToListAsync();

        Assert.Equal(["P0001", "P0002", "P0004", "P0007", "P0010", "P0013"], expiring.Select(d => d.Code).Order());
        Assert.Contains(expiring, d => d.ExpiresOn < today);
        Assert.Contains(expiring, d => d.ExpiresOn == today);
        Assert.Contains(expiring, d => d.ExpiresOn > today);
        Assert.Equal(["EAST", "NORTH", "SOUTH", "SOUTHWEST"], expiring.Select(d => d.Region).Distinct().Order());
    }

    [Fact]
    public async Task Seeding_the_documents_again_adds_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.CreateSystemContextAsync();
        var before = await db.PartnerDocuments.CountAsync();

        await new DemoDocumentSeeder(db, TimeProvider.System, database.Services.GetRequiredService<PartnerDocumentFiles>()).SeedAsync(DemoDocumentSeeder.Load(Path.Combine(AppContext.BaseDirectory, "assets/demo")), default);
        await database.InitializeAsync();

        Assert.Equal(before, await db.PartnerDocuments.CountAsync());
        Assert.True(before >= 28);
    }

    [Fact]
    public async Task A_few_demo_documents_have_a_small_scan_drawn_at_seeding_and_one_renewal_waits()
    {
        // Seeded into this database's own folder (a copied demo database's scans stay with the one they were drawn for).
        await using var database = await TestDatabase.CreateAsync(freshSeed: true);
        await using var db = await database.CreateSystemContextAsync();
        var files = database.Services.GetRequiredService<PartnerDocumentFiles>();

        var scanned = await db.PartnerDocuments.Where(d => d.Scan != null).Select(d => new { d.Partner!.Code, d.Scan!.StoredName, d.Scan.Size, d.Scan.Type })
            .ToListAsync();
        Assert.Equal(["P0001", "P0002", "P0003", "P0004", "P0013"], scanned.Select(s => s.Code).Distinct().Order());
        foreach (var scan in scanned)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(files.Folder, scan.StoredName));
            Assert.Equal((ScanFileType.Png, scan.Size), (ScanFileRules.Detect(bytes), (long)bytes.Length));
            Assert.InRange(bytes.Length, 1_000, 60_000); // small: drawn, not shipped
        }

        var renewal = await db.PartnerDocumentRenewals.Select(r => new { r.Partner!.Code, r.Status, r.Document!.Kind, r.ScanId }).SingleAsync();
        Assert.Equal(("P0013", RenewalStatus.Pending, PartnerDocumentKind.BusinessLicense), (renewal.Code, renewal.Status, renewal.Kind));
    }
}
