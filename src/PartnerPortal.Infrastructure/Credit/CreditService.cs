using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Credit.Rules;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Credit;

/// <summary>Reading credit accounts and their ledgers, always through the caller's scope.</summary>
public sealed class CreditService(PortalDbContextFactory contexts, TimeProvider clock)
{
    /// <summary>The account of <paramref name="partnerId"/>, or of the caller's own partner when null; null when not visible.</summary>
    public async Task<CreditSummary?> GetSummaryAsync(int? partnerId = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var id = partnerId ?? (db.Scope.Kind == ScopeKind.Partner ? db.Scope.PartnerId : null);
        if (id is null) return null;

        var account = await db.CreditAccounts.AsNoTracking().Where(a => a.PartnerId == id)
            .Select(a => new { Account = a, a.Partner!.Code, a.Partner.Name, a.Partner.NameEn, a.Partner.Status })
            .FirstOrDefaultAsync(ct);
        if (account is null) return null;

        var today = Today();
        var open = await db.LedgerEntries.AsNoTracking()
            .OpenInvoicesOf(id.Value)
            .Select(e => new { e.Number, e.Date, DueDate = e.DueDate!.Value, e.OpenAmount })
            .ToListAsync(ct);
        var a = account.Account;
        var standing = CreditRules.Decide(new CreditCheckInput(a.CreditLimit, a.Balance, a.ApprovedUninvoiced, 0m, a.Mode, a.GraceDays,
            account.Status == PartnerStatus.Suspended, open.Select(o => new OpenInvoice(o.Number, o.DueDate, o.OpenAmount)).ToList(), today));
        var overdue = open.Where(o => o.DueDate < today).OrderBy(o => o.DueDate)
            .Select(o => new OverdueInvoice(o.Number, o.Date, o.DueDate, o.OpenAmount, today.DayNumber - o.DueDate.DayNumber,
                today.DayNumber > o.DueDate.DayNumber + a.GraceDays))
            .ToList();
        // The statements' ageing rule on today's open amounts, so that the page and a statement ending today agree.
        var ageing = Domain.Statements.StatementRules.Age(open.Select(o => new Domain.Statements.OpenInvoice(o.DueDate, o.OpenAmount)), today);
        return new CreditSummary(id.Value, account.Code, new LocalName(account.Name, account.NameEn), a.CreditLimit, a.Balance,
            a.ApprovedUninvoiced, a.Exposure,
            a.Available, a.Mode, a.PaymentTermsDays, a.GraceDays, overdue, standing, ageing);
    }

    /// <summary>
    /// One page of the ledger with the balance after each entry, carried in from the other pages: oldest first
    /// (as a statement reads) or newest first (as a screen is read).
    /// </summary>
    public async Task<PagedResult<LedgerLine>> ListLedgerAsync(int? partnerId, PageRequest page, bool newestFirst = false,
        CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var id = partnerId ?? (db.Scope.Kind == ScopeKind.Partner ? db.Scope.PartnerId : null);
        if (id is null) return new PagedResult<LedgerLine>([], 0);

        var all = db.LedgerEntries.AsNoTracking().Where(e => e.PartnerId == id);
        var entries = newestFirst
            ? all.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
            : all.OrderBy(e => e.Date).ThenBy(e => e.Id);
        var total = await entries.CountAsync(ct);
        var skipped = await entries.Take(page.Skip).SignedAmounts().SumAsync(ct);
        var rows = await entries.Skip(page.Skip).Take(page.SafePageSize).ToListAsync(ct);
        var ids = rows.Select(e => e.Id).ToList();
        var reversedBy = await db.LedgerEntries.AsNoTracking().Where(r => r.ReversesEntryId != null && ids.Contains(r.ReversesEntryId.Value))
            .Select(r => new { Of = r.ReversesEntryId!.Value, r.Number, r.ReversalReason }).ToDictionaryAsync(r => r.Of, ct);
        var originalIds = rows.Where(e => e.ReversesEntryId is not null).Select(e => e.ReversesEntryId!.Value).ToList();
        var originals = await db.LedgerEntries.AsNoTracking().Where(e => originalIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Number, ct);
        // A return's credit note links to the return it pays for.
        var returns = await db.ReturnRequests.AsNoTracking().Where(r => r.CreditNoteEntryId != null && ids.Contains(r.CreditNoteEntryId.Value))
            .ToDictionaryAsync(r => r.CreditNoteEntryId!.Value, r => r.Number, ct);

        // Oldest first: the balance before the page is what the skipped entries add up to.
        // Newest first: the balance after the page's first entry is everything except the newer, skipped entries.
        var running = newestFirst ? await all.SignedAmounts().SumAsync(ct) - skipped : skipped;
        var lines = new List<LedgerLine>(rows.Count);
        foreach (var e in rows)
        {
            if (!newestFirst) running += e.SignedAmount;
            lines.Add(new LedgerLine(e.Id, e.Date, e.Number, e.Kind, e.Reference,
                LedgerEntry.RaisesBalance(e.Kind) ? e.Amount : 0m, LedgerEntry.RaisesBalance(e.Kind) ? 0m : e.Amount,
                running, e.DueDate, e.OpenAmount, e.Note, e.ReversalReason ?? reversedBy.GetValueOrDefault(e.Id)?.ReversalReason,
                reversedBy.GetValueOrDefault(e.Id)?.Number, e.ReversesEntryId is { } of ? originals.GetValueOrDefault(of) : null,
                returns.GetValueOrDefault(e.Id)));
            if (newestFirst) running -= e.SignedAmount;
        }
        return new PagedResult<LedgerLine>(lines, total);
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().Date);
}
