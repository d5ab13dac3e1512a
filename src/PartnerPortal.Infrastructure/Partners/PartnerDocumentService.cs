using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Partners;

/// <summary>
/// A partner's qualification documents: read by anyone who may see the partner, kept by brand staff (an administrator,
/// or the channel manager of the partner's region). The context's scope decides which partners those are; changes are
/// written to the audit log by the context.
/// </summary>
public sealed class PartnerDocumentService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock,
    PartnerDocumentFiles files)
{
    /// <summary>The widest window the expiring list accepts, in days (about ten years).</summary>
    public const int MaxWithinDays = 3660;

    /// <summary>
    /// The partner's documents by kind, then expiry, with their scans and their latest renewal while it waits or was
    /// rejected; null when the partner does not exist or is outside the caller's scope.
    /// </summary>
    public async Task<IReadOnlyList<PartnerDocumentView>?> ListForPartnerAsync(int partnerId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        if (!await db.Partners.AnyAsync(p => p.Id == partnerId, ct)) return null;
        var today = CommandSupport.Today(clock);
        var documents = await db.PartnerDocuments.AsNoTracking().Where(d => d.PartnerId == partnerId)
            .Select(d => new
            {
                Document = d,
                Scan = d.Scan == null ? null : new ScanView(d.Scan.Id, d.Scan.FileName, d.Scan.Type, d.Scan.Size, d.Scan.UploadedAt),
            })
            .ToListAsync(ct);
        var renewals = await DocumentRenewalService.RenewalViews(db.PartnerDocumentRenewals.AsNoTracking().Where(r => r.PartnerId == partnerId))
            .ToListAsync(ct);
        var latest = renewals.GroupBy(r => r.DocumentId)
            .Select(g => g.MaxBy(r => r.Id)!)
            .Where(r => r.Status != RenewalStatus.Accepted)
            .ToDictionary(r => r.DocumentId);
        // The kind is stored by name: sort in memory to keep the enum's order.
        return documents.OrderBy(x => x.Document.Kind).ThenBy(x => x.Document.ExpiresOn).ThenBy(x => x.Document.Id)
            .Select(x =>
            {
                var d = x.Document;
                return new PartnerDocumentView(d.Id, d.Kind, d.Number, d.IssuedOn, d.ExpiresOn, d.Note, d.UpdatedAt,
                    PartnerDocumentRules.StateOf(d.ExpiresOn, today), x.Scan, latest.GetValueOrDefault(d.Id));
            })
            .ToList();
    }

    /// <summary>
    /// Documents of the caller's partners that expire within <paramref name="withinDays"/> days or have expired, soonest
    /// first (brand staff only). The search text matches the partner's code or names, or the document number.
    /// </summary>
    public async Task<PagedResult<ExpiringDocumentRow>> ListExpiringAsync(PageRequest page, int withinDays, int? regionId,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        var today = CommandSupport.Today(clock);
        await using var db = await contexts.CreateAsync(ct);

        var query = db.PartnerDocuments.AsNoTracking().ExpiringWithin(today, Math.Clamp(withinDays, 0, MaxWithinDays));
        if (regionId is { } region) query = query.Where(d => d.Partner!.RegionId == region);
        if (page.SearchPattern is { } like)
            query = query.Where(d => EF.Functions.Like(d.Number, like, PageRequest.LikeEscape)
                || EF.Functions.Like(d.Partner!.Code, like, PageRequest.LikeEscape)
                || EF.Functions.Like(d.Partner.Name, like, PageRequest.LikeEscape)
                || EF.Functions.Like(d.Partner.NameEn, like, PageRequest.LikeEscape));

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(d => d.ExpiresOn).ThenBy(d => d.Partner!.Code).ThenBy(d => d.Id)
            .Skip(page.Skip).Take(page.SafePageSize)
            .Select(d => new
            {
                d.Id, d.PartnerId, d.Partner!.Code, d.Partner.Name, d.Partner.NameEn, d.Partner.RegionId,
                RegionName = d.Partner.Region!.Name, RegionNameEn = d.Partner.Region.NameEn, d.Kind, d.Number, d.ExpiresOn,
            })
            .ToListAsync(ct);
        var items = rows.Select(r => new ExpiringDocumentRow(r.Id, r.PartnerId, r.Code, r.Name, r.NameEn, r.RegionId, r.RegionName,
                r.RegionNameEn, r.Kind, r.Number, r.ExpiresOn, r.ExpiresOn.DayNumber - today.DayNumber,
                PartnerDocumentRules.StateOf(r.ExpiresOn, today)))
            .ToList();
        return new PagedResult<ExpiringDocumentRow>(items, total);
    }

    /// <summary>Adds (<paramref name="documentId"/> null) or changes a document of the partner; returns its id.</summary>
    /// <exception cref="ScopeViolationException">The caller is not brand staff.</exception>
    public async Task<Outcome<int>> SaveAsync(int partnerId, int? documentId, PartnerDocumentDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        draft = draft with { Number = TextRules.NormalizeReference(draft.Number), Note = (draft.Note ?? "").Trim() };
        var problems = PartnerDocumentRules.Validate(draft);
        if (problems.Count > 0) return Outcome<int>.Failed(problems);

        await using var db = await contexts.CreateAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // A manager's context does not see partners outside their regions.
        if (!await db.Partners.AnyAsync(p => p.Id == partnerId, ct)) return Outcome<int>.Failed(ProblemCodes.OutsideScope, "Partner");

        PartnerDocument? document;
        if (documentId is null)
        {
            document = new PartnerDocument { PartnerId = partnerId };
            db.PartnerDocuments.Add(document);
        }
        else
        {
            document = await db.PartnerDocuments.FirstOrDefaultAsync(d => d.Id == documentId && d.PartnerId == partnerId, ct);
            if (document is null) return Outcome<int>.Failed(ProblemCodes.NotFound);
        }
        (document.Kind, document.Number, document.IssuedOn, document.ExpiresOn, document.Note) =
            (draft.Kind, draft.Number, draft.IssuedOn, draft.ExpiresOn!.Value, draft.Note);
        if (db.Entry(document).State != EntityState.Unchanged) document.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome<int>.Success(document.Id);
    }

    /// <summary>Deletes the document with its renewals and every scan they hold, files included.</summary>
    /// <exception cref="ScopeViolationException">The caller is not brand staff.</exception>
    public async Task<Outcome> DeleteAsync(int partnerId, int documentId, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await db.Partners.AnyAsync(p => p.Id == partnerId, ct)) return Outcome.Failed(ProblemCodes.OutsideScope, "Partner");
        var document = await db.PartnerDocuments.FirstOrDefaultAsync(d => d.Id == documentId && d.PartnerId == partnerId, ct);
        if (document is null) return Outcome.Failed(ProblemCodes.NotFound);
        var renewals = await db.PartnerDocumentRenewals.Where(r => r.DocumentId == documentId).ToListAsync(ct);
        var scanIds = renewals.SelectMany(r => new[] { (int?)r.ScanId, r.PreviousScanId }).Append(document.ScanId)
            .OfType<int>().Distinct().ToList();
        var scans = await db.PartnerDocumentScans.Where(s => scanIds.Contains(s.Id)).ToListAsync(ct);
        db.PartnerDocumentRenewals.RemoveRange(renewals);
        db.PartnerDocuments.Remove(document);
        db.PartnerDocumentScans.RemoveRange(scans);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        // After the commit: a failed delete leaves a file nobody refers to, never a row without its file.
        foreach (var scan in scans.Where(s => PartnerDocumentFiles.IsStoredName(s.StoredName))) files.Delete(scan.StoredName);
        return Outcome.Success;
    }
}
