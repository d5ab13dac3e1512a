using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Partners;

/// <summary>
/// Documents, scans and renewals as one caller sees them on a fixed day, and files to upload. P0001–P0004 are in EAST,
/// P0005–P0008 in SOUTH (both manager.east's), P0009–P0011 in NORTH (manager.north's).
/// </summary>
internal static class DocumentTestKit
{
    public static readonly DateOnly Today = new(2026, 6, 15);

    /// <summary>The smallest files each type starts like; what follows the signature does not matter to the portal.</summary>
    public static byte[] Png(int size = 300) => Bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], size);
    public static byte[] Pdf(int size = 300) => Bytes("%PDF-1.7\n"u8.ToArray(), size);
    public static byte[] Jpeg(int size = 300) => Bytes([0xFF, 0xD8, 0xFF, 0xE0], size);
    public static byte[] Html() => "<html><script>alert(1)</script></html>"u8.ToArray();

    public static ScanFile File(byte[] content, string name, long? declaredSize = null) =>
        new(new MemoryStream(content), name, declaredSize ?? content.Length);

    /// <summary>The services as <paramref name="email"/> sees them, on <see cref="Today"/> unless another clock is given.</summary>
    public static async Task<(DocumentRenewalService Renewals, PartnerDocumentScanService Scans, PartnerDocumentService Documents)> ServicesAsync(
        TestDatabase database, string email, TimeProvider? clock = null)
    {
        var caller = await Support.CommandTestKit.CallerAsync(database, email);
        var contexts = new PortalDbContextFactory(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), caller);
        clock ??= new FixedClock(Today);
        var files = database.Services.GetRequiredService<PartnerDocumentFiles>();
        var options = database.Services.GetRequiredService<PartnerDocumentOptions>();
        return (new DocumentRenewalService(contexts, caller, clock, files, options), new PartnerDocumentScanService(contexts, caller, clock, files, options),
            new PartnerDocumentService(contexts, caller, clock, files));
    }

    /// <summary>A dealer authorization of the partner that expires on <paramref name="expiresOn"/> (in 12 days unless given).</summary>
    public static async Task<int> AuthorizationAsync(TestDatabase database, string partnerCode, DateOnly? expiresOn = null)
    {
        await using var db = await database.CreateSystemContextAsync();
        var document = new PartnerDocument
        {
            PartnerId = await db.Partners.Where(p => p.Code == partnerCode).Select(p => p.Id).SingleAsync(),
            Kind = PartnerDocumentKind.DealerAuthorization, Number = $"AUTH-{partnerCode}-TEST", IssuedOn = Today.AddYears(-1).AddDays(12),
            ExpiresOn = expiresOn ?? Today.AddDays(12), UpdatedAt = DateTimeOffset.UnixEpoch,
        };
        db.PartnerDocuments.Add(document);
        await db.SaveChangesAsync();
        return document.Id;
    }

    public static PartnerDocumentRenewalDraft Renewal(string number = "AUTH-RENEWED-04", int expiresInDays = 377) =>
        new(number, Today.AddDays(-5), Today.AddDays(expiresInDays));

    /// <summary>The stored names of the files in the scans folder.</summary>
    public static HashSet<string> StoredFiles(TestDatabase database)
    {
        var folder = database.Services.GetRequiredService<PartnerDocumentFiles>().Folder;
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().ToHashSet() : [];
    }

    private static byte[] Bytes(byte[] signature, int size)
    {
        var bytes = new byte[Math.Max(size, signature.Length)];
        signature.CopyTo(bytes, 0);
        for (var i = signature.Length; i < bytes.Length; i++) bytes[i] = (byte)('a' + i % 26);
        return bytes;
    }

    private sealed class FixedClock(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
