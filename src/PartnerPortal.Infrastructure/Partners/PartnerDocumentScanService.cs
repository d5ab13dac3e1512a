using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Partners;

/// <summary>
/// The scans of qualification documents: brand staff attach one to a document in force; anyone reads those of the
/// partners they may see. Whose scan a caller reaches is decided by the context's scope, so another partner's scan id
/// finds nothing, exactly like an id that does not exist.
/// </summary>
public sealed class PartnerDocumentScanService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock,
    PartnerDocumentFiles files, PartnerDocumentOptions options)
{
    /// <summary>
    /// Attaches <paramref name="scan"/> to the document, in place of any scan it had; a replaced scan no renewal refers to
    /// is deleted with its file. Returns the new scan's id.
    /// </summary>
    /// <exception cref="ScopeViolationException">The caller is not brand staff.</exception>
    public async Task<Outcome<int>> AttachAsync(int partnerId, int documentId, ScanFile? scan, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        CommandSupport.RequireBrandStaff(user);
        await using var db = await contexts.CreateAsync(ct);
        var exists = await db.PartnerDocuments.AnyAsync(d => d.Id == documentId && d.PartnerId == partnerId, ct);
        if (!exists) return Outcome<int>.Failed(ProblemCodes.NotFound, "Document");

        var problems = new List<Problem>();
        var upload = await ScanUpload.ReadAsync(scan, options.ScanMaxBytes, problems, ct);
        if (problems.Count > 0) return Outcome<int>.Failed(problems);
        var now = clock.GetUtcNow();
        var stored = await upload!.StoreAsync(files, partnerId, now, user.UserName, ct);
        if (stored is null) return Outcome<int>.Failed([ScanUpload.TooLarge(options.ScanMaxBytes)]);

        string? dropped = null;
        var saved = false;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var document = await db.PartnerDocuments.Include(d => d.Scan).FirstOrDefaultAsync(d => d.Id == documentId && d.PartnerId == partnerId, ct);
            if (document is null) return Outcome<int>.Failed(ProblemCodes.NotFound, "Document");
            var previous = document.Scan;
            document.Scan = stored;
            document.UpdatedAt = now;
            if (previous is not null
                && !await db.PartnerDocumentRenewals.AnyAsync(r => r.ScanId == previous.Id || r.PreviousScanId == previous.Id, ct))
            {
                db.PartnerDocumentScans.Remove(previous);
                dropped = previous.StoredName;
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            saved = true;
            return Outcome<int>.Success(stored.Id);
        }
        finally
        {
            if (!saved) files.Delete(stored.StoredName);
            else if (dropped is not null && PartnerDocumentFiles.IsStoredName(dropped)) files.Delete(dropped);
        }
    }

    /// <summary>The scan to serve; null when there is none with that id among the partners the caller may see.</summary>
    public async Task<ScanDownload?> GetForDownloadAsync(int scanId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!user.IsAuthenticated) return null;
        await using var db = await contexts.CreateAsync(ct);
        return await db.PartnerDocumentScans.AsNoTracking().Where(s => s.Id == scanId)
            .Select(s => new ScanDownload(s.StoredName, s.FileName, s.Type))
            .FirstOrDefaultAsync(ct);
    }
}
