using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// The demo partners' qualification documents (assets/demo/documents.json). Dates are days before and after the seeding
/// day, so that some documents are always expired or expiring within 30 days, whenever the demo is loaded.
/// </summary>
internal sealed class DemoDocumentSeeder(PortalDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <param name="IssuedDaysAgo">Days before the seeding day the document was issued; null when unknown.</param>
    /// <param name="ExpiresInDays">Days after the seeding day it expires; negative when it already has.</param>
    public sealed record DocumentRow(string Partner, PartnerDocumentKind Kind, string Number, int? IssuedDaysAgo, int ExpiresInDays, string Note);

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
            db.PartnerDocuments.Add(new PartnerDocument
            {
                PartnerId = partnerId, Kind = draft.Kind, Number = draft.Number, IssuedOn = draft.IssuedOn, ExpiresOn = draft.ExpiresOn!.Value,
                Note = draft.Note, UpdatedAt = now,
            });
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
