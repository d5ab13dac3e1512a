using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Partners;

/// <summary>
/// Renewals of qualification documents: a dealer sends the renewed document (number, dates, scan) for its own partner; a
/// channel manager of the partner's region (or an administrator) accepts it, which puts it in force and keeps what it
/// replaced, or rejects it with a reason. Until then the document in force is unchanged. Every change is audited by the
/// context; the context's scope decides whose documents a caller reaches.
/// </summary>
public sealed class DocumentRenewalService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock,
    PartnerDocumentFiles files, PartnerDocumentOptions options)
{
    /// <summary>Sends a renewal of one of the dealer's own partner's documents; returns its id.</summary>
    /// <param name="scan">The renewed document's scan; null when none was chosen, which is a problem.</param>
    /// <exception cref="ScopeViolationException">The caller is not a dealer.</exception>
    public async Task<Outcome<int>> SubmitAsync(int documentId, PartnerDocumentRenewalDraft draft, ScanFile? scan, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var user = await currentUser.GetAsync(ct);
        RoleGuard.Require(user, PortalRoles.Dealer);
        draft = draft with { Number = (draft.Number ?? "").Trim() };

        await using var db = await contexts.CreateAsync(ct);
        // Another partner's document reads as not found, like one that does not exist.
        var document = await db.PartnerDocuments.AsNoTracking().Where(d => d.Id == documentId)
            .Select(d => new { d.PartnerId, d.ExpiresOn }).FirstOrDefaultAsync(ct);
        if (document is null) return Outcome<int>.Failed(ProblemCodes.NotFound, "Document");

        var problems = PartnerDocumentRules.ValidateRenewal(draft, document.ExpiresOn, CommandSupport.Today(clock)).ToList();
        if (await HasPendingAsync(db, documentId, ct)) problems.Add(new Problem(ProblemCodes.RenewalPending));
        var upload = await ScanUpload.ReadAsync(scan, options.ScanMaxBytes, problems, ct);
        if (problems.Count > 0) return Outcome<int>.Failed(problems);

        var now = clock.GetUtcNow();
        var stored = await upload!.StoreAsync(files, document.PartnerId, now, user.UserName, ct);
        if (stored is null) return Outcome<int>.Failed([ScanUpload.TooLarge(options.ScanMaxBytes)]);
        var saved = false;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // Again inside the transaction: the same dealer in another tab may have sent one meanwhile.
            if (await HasPendingAsync(db, documentId, ct)) return Outcome<int>.Failed(ProblemCodes.RenewalPending);
            var renewal = new PartnerDocumentRenewal
            {
                PartnerId = document.PartnerId, DocumentId = documentId, Number = draft.Number, IssuedOn = draft.IssuedOn,
                ExpiresOn = draft.ExpiresOn!.Value, Scan = stored, Status = RenewalStatus.Pending, SubmittedAt = now,
                SubmittedByUserId = user.UserId, SubmittedByName = user.UserName,
            };
            db.PartnerDocumentRenewals.Add(renewal);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            saved = true;
            return Outcome<int>.Success(renewal.Id);
        }
        finally
        {
            if (!saved) files.Delete(stored.StoredName);
        }
    }

    /// <summary>Renewals waiting for review in the caller's regions, the longest waiting first (brand staff only).</summary>
    /// <exception cref="ScopeViolationException">The caller is not brand staff.</exception>
    public async Task<PagedResult<PendingRenewalRow>> ListPendingAsync(PageRequest page, int? regionId, int? partnerId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        var today = CommandSupport.Today(clock);
        await using var db = await contexts.CreateAsync(ct);
        var query = db.PartnerDocumentRenewals.AsNoTracking().Pending();
        if (regionId is { } region) query = query.Where(r => r.Partner!.RegionId == region);
        if (partnerId is { } partner) query = query.Where(r => r.PartnerId == partner);

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id).Skip(page.Skip).Take(page.SafePageSize)
            .Select(r => new
            {
                r.Id, r.DocumentId, r.PartnerId, r.Partner!.Code, r.Partner.Name, r.Partner.NameEn, RegionName = r.Partner.Region!.Name,
                RegionNameEn = r.Partner.Region.NameEn, r.Document!.Kind, CurrentNumber = r.Document.Number, CurrentExpiresOn = r.Document.ExpiresOn,
                CurrentScan = r.Document.Scan == null ? null
                    : new ScanView(r.Document.Scan.Id, r.Document.Scan.FileName, r.Document.Scan.Type, r.Document.Scan.Size, r.Document.Scan.UploadedAt),
                r.Number, r.IssuedOn, r.ExpiresOn, Scan = new ScanView(r.Scan!.Id, r.Scan.FileName, r.Scan.Type, r.Scan.Size, r.Scan.UploadedAt),
                r.SubmittedAt, r.SubmittedByName,
            })
            .ToListAsync(ct);
        var items = rows.Select(r => new PendingRenewalRow(r.Id, r.DocumentId, r.PartnerId, r.Code, r.Name, r.NameEn, r.RegionName, r.RegionNameEn,
                r.Kind, r.CurrentNumber, r.CurrentExpiresOn, PartnerDocumentRules.StateOf(r.CurrentExpiresOn, today), r.CurrentScan, r.Number,
                r.IssuedOn, r.ExpiresOn, r.Scan, r.SubmittedAt, r.SubmittedByName))
            .ToList();
        return new PagedResult<PendingRenewalRow>(items, total);
    }

    /// <summary>Puts the renewal in force on its document; the replaced number, dates and scan stay on the renewal.</summary>
    /// <exception cref="ScopeViolationException">The caller is not brand staff.</exception>
    public Task<Outcome> AcceptAsync(int renewalId, CancellationToken ct = default) =>
        DecideAsync(renewalId, (renewal, user, now) => renewal.Accept(renewal.Document!, now, user.UserId, user.UserName), ct);

    /// <summary>Refuses the renewal with a reason the dealer reads; the document is unchanged.</summary>
    /// <exception cref="ScopeViolationException">The caller is not brand staff.</exception>
    public Task<Outcome> RejectAsync(int renewalId, string? reason, CancellationToken ct = default) =>
        DecideAsync(renewalId, (renewal, user, now) => renewal.Reject(reason, now, user.UserId, user.UserName), ct);

    /// <summary>Every renewal of the document, the newest first; null when the document is not the caller's to see.</summary>
    public async Task<IReadOnlyList<RenewalView>?> ListForDocumentAsync(int documentId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        if (!await db.PartnerDocuments.AnyAsync(d => d.Id == documentId, ct)) return null;
        return await RenewalViews(db.PartnerDocumentRenewals.AsNoTracking().Where(r => r.DocumentId == documentId)
            .OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id)).ToListAsync(ct);
    }

    /// <summary>Renewals as the pages show them, previous scan included.</summary>
    internal static IQueryable<RenewalView> RenewalViews(IQueryable<PartnerDocumentRenewal> renewals) =>
        renewals.Select(r => new RenewalView(r.Id, r.DocumentId, r.Status, r.Number, r.IssuedOn, r.ExpiresOn,
            new ScanView(r.Scan!.Id, r.Scan.FileName, r.Scan.Type, r.Scan.Size, r.Scan.UploadedAt), r.SubmittedAt, r.SubmittedByName,
            r.DecidedAt, r.DecidedByName, r.Reason, r.PreviousNumber, r.PreviousIssuedOn, r.PreviousExpiresOn,
            r.PreviousScan == null ? null
                : new ScanView(r.PreviousScan.Id, r.PreviousScan.FileName, r.PreviousScan.Type, r.PreviousScan.Size, r.PreviousScan.UploadedAt)));

    private async Task<Outcome> DecideAsync(int renewalId, Func<PartnerDocumentRenewal, CurrentUser, DateTimeOffset, Outcome> decide,
        CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        CommandSupport.RequireBrandStaff(user);
        try
        {
            await using var db = await contexts.CreateAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // A manager's context does not see renewals of partners outside their regions.
            var renewal = await db.PartnerDocumentRenewals.Include(r => r.Document).FirstOrDefaultAsync(r => r.Id == renewalId, ct);
            if (renewal?.Document is null) return Outcome.Failed(ProblemCodes.NotFound, "Renewal");
            var outcome = decide(renewal, user, clock.GetUtcNow());
            if (!outcome.Succeeded) return outcome;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return Outcome.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else decided it first: say how.
            await using var db = await contexts.CreateAsync(ct);
            var status = await db.PartnerDocumentRenewals.Where(r => r.Id == renewalId).Select(r => (RenewalStatus?)r.Status).FirstOrDefaultAsync(ct);
            return status is { } decided ? Outcome.Failed(ProblemCodes.AlreadyDecided, null, decided) : Outcome.Failed(ProblemCodes.NotFound, "Renewal");
        }
    }

    private static Task<bool> HasPendingAsync(Data.PortalDbContext db, int documentId, CancellationToken ct) =>
        db.PartnerDocumentRenewals.Pending().AnyAsync(r => r.DocumentId == documentId, ct);
}
