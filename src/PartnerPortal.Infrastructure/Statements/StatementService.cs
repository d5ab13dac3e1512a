using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Domain.Statements;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Rebates;

namespace PartnerPortal.Infrastructure.Statements;

/// <summary>
/// Account and rebate statements of one partner, with the same scoping as the pages: a partner the caller may not
/// see gives null, exactly like one that does not exist.
/// </summary>
public sealed class StatementService(PortalDbContextFactory contexts, TimeProvider clock)
{
    private const int PickerSize = 20;

    /// <returns>Null when the partner does not exist or is not the caller's to see.</returns>
    public async Task<AccountStatement?> GetAccountStatementAsync(int partnerId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var party = await PartyAsync(db, partnerId, ct);
        if (party is null) return null;

        var entries = db.LedgerEntries.AsNoTracking().Where(e => e.PartnerId == partnerId);
        var opening = await entries.Where(e => e.Date < from).SignedAmounts().SumAsync(ct);
        var movements = await entries.Where(e => e.Date >= from && e.Date <= to)
            .Select(e => new LedgerMovement(e.Date, e.Kind, e.Number, e.Reference, e.Amount))
            .ToListAsync(ct);
        var lines = StatementRules.RunningBalance(opening, movements);
        var closing = lines.Count > 0 ? lines[^1].Balance : opening;

        // What each invoice (and debit note) still owed on the last day: its amount less what payments and credit notes
        // dated up to then settled of it, unless they were reversed by then.
        var open = await entries.Where(e => e.DueDate != null && e.Date <= to)
            .Select(e => new
            {
                DueDate = e.DueDate!.Value,
                Open = e.Amount - db.LedgerAllocations
                    .Where(a => a.InvoiceEntryId == e.Id && a.PaymentEntry!.Date <= to
                        && !db.LedgerEntries.Any(r => r.ReversesEntryId == a.PaymentEntryId && r.Date <= to))
                    .Sum(a => a.Amount),
            })
            .ToListAsync(ct);
        var ageing = StatementRules.Age(open.Select(i => new OpenInvoice(i.DueDate, i.Open)), to);

        var account = await db.CreditAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.PartnerId == partnerId, ct);
        var limit = account?.CreditLimit ?? 0m;
        // Orders approved but not invoiced are known for today only; a statement ending earlier counts its balance alone.
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var uninvoiced = to >= today ? account?.ApprovedUninvoiced ?? 0m : 0m;
        return new AccountStatement(party, from, to, opening, lines, closing, ageing, limit, limit - closing - uninvoiced, clock.GetUtcNow());
    }

    /// <summary>The accruals of the periods that start within the range, by period and policy.</summary>
    /// <returns>Null when the partner does not exist or is not the caller's to see.</returns>
    public async Task<RebateStatement?> GetRebateStatementAsync(int partnerId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var party = await PartyAsync(db, partnerId, ct);
        if (party is null) return null;

        var accruals = await db.RebateAccruals.AsNoTracking()
            .Where(a => a.PartnerId == partnerId && a.PeriodStart >= from && a.PeriodStart <= to)
            .Select(a => new { Accrual = a, a.Policy, CreditNote = a.CreditNote == null ? null : a.CreditNote.Number })
            .ToListAsync(ct);
        var rows = accruals
            .OrderBy(x => x.Accrual.PeriodStart).ThenBy(x => x.Policy!.Code).ThenBy(x => x.Policy!.VersionNumber)
            .Select(x =>
            {
                var a = x.Accrual;
                var p = x.Policy!;
                return new RebateStatementRow(p.Code, p.VersionNumber, p.Name, RebatePeriod.Containing(p.PeriodType, a.PeriodStart).Label,
                    a.PeriodStart, a.PeriodEnd, p.Basis, p.RateKind, p.Basis == RebateBasis.Quantity ? a.Quantity : a.NetAmount,
                    a.TierReached, a.Rate, a.Amount, a.UncappedAmount, a.Capped, p.CapPerPeriod, a.SettledAt, x.CreditNote);
            })
            .ToList();
        var trueUps = await RebateTrueUpQueries.Rows(db.RebateTrueUps.AsNoTracking()
                .Where(t => t.PartnerId == partnerId
                            && ((t.PeriodStart >= from && t.PeriodStart <= to) || (t.LedgerEntry!.Date >= from && t.LedgerEntry.Date <= to)))
                .OrderBy(t => t.PeriodStart).ThenBy(t => t.Id))
            .ToListAsync(ct);
        return new RebateStatement(party, from, to, rows, clock.GetUtcNow()) { TrueUps = trueUps.Select(t => t.ToRow()).ToList() };
    }

    /// <summary>The partners the caller may draw statements for, matching the text; at most 20.</summary>
    public async Task<IReadOnlyList<StatementParty>> SearchPartnersAsync(string? text, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var query = db.Partners.AsNoTracking();
        if (new PageRequest(Search: text).SearchPattern is { } like)
            query = query.Where(p => EF.Functions.Like(p.Code, like, PageRequest.LikeEscape) || EF.Functions.Like(p.Name, like, PageRequest.LikeEscape)
                                     || EF.Functions.Like(p.NameEn, like, PageRequest.LikeEscape));
        return await query.OrderBy(p => p.Code).Take(PickerSize)
            .Select(p => new StatementParty(p.Id, p.Code, p.Name, p.NameEn, p.Type, p.Tier, p.Region!.Name, p.Region.NameEn))
            .ToListAsync(ct);
    }

    /// <summary>The caller's own partner, for partner staff; null for brand staff.</summary>
    public async Task<StatementParty?> OwnPartnerAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return db.Scope.Kind == ScopeKind.Partner && db.Scope.PartnerId is { } id ? await PartyAsync(db, id, ct) : null;
    }

    private static Task<StatementParty?> PartyAsync(PortalDbContext db, int partnerId, CancellationToken ct) =>
        db.Partners.AsNoTracking().Where(p => p.Id == partnerId)
            .Select(p => new StatementParty(p.Id, p.Code, p.Name, p.NameEn, p.Type, p.Tier, p.Region!.Name, p.Region.NameEn))
            .FirstOrDefaultAsync(ct);
}
