using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Partners;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// The demo partners' qualification documents (assets/demo/documents.json). Dates are days before and after the seeding
/// day, so that some documents are always expired or expiring within 30 days, whenever the demo is loaded. Documents
/// marked <c>scan</c> get a small scan drawn on the spot (<see cref="DemoScanImage"/>); one with a <c>renewal</c> has that
/// renewal waiting for its channel manager.
/// </summary>
internal sealed class DemoDocumentSeeder(PortalDbContext db, TimeProvider clock, PartnerDocumentFiles files)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <param name="IssuedDaysAgo">Days before the seeding day the document was issued; null when unknown.</param>
    /// <param name="ExpiresInDays">Days after the seeding day it expires; negative when it already has.</param>
    /// <param name="Scan">Whether a scan of it is on file.</param>
    /// <param name="Renewal">A renewal a dealer has sent and nobody has decided yet.</param>
    public sealed record DocumentRow(string Partner, PartnerDocumentKind Kind, string Number, int? IssuedDaysAgo, int ExpiresInDays, string Note,
        bool Scan = false, RenewalRow? Renewal = null);

    /// <param name="By">The e-mail of the demo dealer who sent it.</param>
    public sealed record RenewalRow(string Number, int? IssuedDaysAgo, int ExpiresInDays, string By);

    public static IReadOnlyList<DocumentRow> Load(string folder)
    {
        var path = Path.Combine(folder, "documents.json");
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<List<DocumentRow>>(stream, Json) ?? throw new InvalidDataException($"{path} is empty.");
    }

    public async Task SeedAsync(IReadOnlyList<DocumentRow> rows, CancellationToken ct)
    {
        if (await db.PartnerDocuments.AnyAsync(ct)) return;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var partners = await db.Partners.ToDictionaryAsync(p => p.Code, p => p.Id, ct);
        foreach (var row in rows)
        {
            if (!partners.TryGetValue(row.Partner, out var partnerId))
                throw new InvalidDataException($"Demo document {row.Number}: no partner {row.Partner}.");
            var draft = new PartnerDocumentDraft(row.Kind, row.Number, row.IssuedDaysAgo is { } ago ? today.AddDays(-ago) : null,
                today.AddDays(row.ExpiresInDays), row.Note);
            if (PartnerDocumentRules.Validate(draft) is { Count: > 0 } problems)
                throw new InvalidDataException($"Demo document {row.Number}: {string.Join(", ", problems.Select(p => $"{p.Field} {p.Code}"))}.");
            var document = new PartnerDocument
            {
                PartnerId = partnerId, Kind = draft.Kind, Number = draft.Number, IssuedOn = draft.IssuedOn, ExpiresOn = draft.ExpiresOn!.Value,
                Note = draft.Note, UpdatedAt = now,
            };
            if (row.Scan) document.Scan = await ScanAsync(partnerId, row.Partner, row.Number, row.Kind.ToString(), now, ct);
            db.PartnerDocuments.Add(document);
            if (row.Renewal is { } renewal) await AddRenewalAsync(document, row, renewal, today, now, ct);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private async Task AddRenewalAsync(PartnerDocument document, DocumentRow row, RenewalRow renewal, DateOnly today, DateTimeOffset now,
        CancellationToken ct)
    {
        var draft = new PartnerDocumentRenewalDraft(renewal.Number, renewal.IssuedDaysAgo is { } ago ? today.AddDays(-ago) : null,
            today.AddDays(renewal.ExpiresInDays));
        if (PartnerDocumentRules.ValidateRenewal(draft, document.ExpiresOn, today) is { Count: > 0 } problems)
            throw new InvalidDataException($"Demo renewal {renewal.Number}: {string.Join(", ", problems.Select(p => $"{p.Field} {p.Code}"))}.");
        var userId = await db.Users.Where(u => u.Email == renewal.By).Select(u => u.Id).FirstOrDefaultAsync(ct)
            ?? throw new InvalidDataException($"Demo renewal {renewal.Number}: no user {renewal.By}.");
        db.PartnerDocumentRenewals.Add(new PartnerDocumentRenewal
        {
            PartnerId = document.PartnerId, Document = document, Number = draft.Number, IssuedOn = draft.IssuedOn, ExpiresOn = draft.ExpiresOn!.Value,
            Scan = await ScanAsync(document.PartnerId, row.Partner, renewal.Number, "Renewal", now, ct), Status = RenewalStatus.Pending,
            SubmittedAt = now, SubmittedByUserId = userId, SubmittedByName = renewal.By,
        });
    }

    private async Task<PartnerDocumentScan> ScanAsync(int partnerId, string partnerCode, string number, string caption, DateTimeOffset now,
        CancellationToken ct)
    {
        var png = DemoScanImage.Png(partnerCode, number, caption);
        using var content = new MemoryStream(png);
        var stored = await files.SaveAsync(ReadOnlyMemory<byte>.Empty, content, png.Length, ct)
            ?? throw new InvalidOperationException("A demo scan did not fit its own size.");
        return new PartnerDocumentScan
        {
            PartnerId = partnerId, StoredName = stored.StoredName, FileName = ScanFileRules.FileName($"{partnerCode}-{number}", ScanFileType.Png),
            Type = ScanFileType.Png, Size = stored.Size, UploadedAt = now, UploadedBy = "demo",
        };
    }
}
