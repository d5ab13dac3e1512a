using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// Rebate accruals and settlements for the ERP to post to its ledger, in the caller's scope. Both lists are paged by id
/// (<c>after</c> = the last id seen, <c>limit</c> rows a page): ids only grow, so paging on never skips a row that existed
/// when the first page was read.
/// </summary>
public sealed class RebateExportService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    /// <summary>Accruals whose period overlaps [<paramref name="from"/>, <paramref name="to"/>], by id; <paramref name="settled"/> filters when given.</summary>
    public async Task<Outcome<ApiCursorPage<ApiRebateAccrual>>> ListAccrualsAsync(DateOnly? from, DateOnly? to, bool? settled, long after, int limit,
        CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaffOrIntegration(await currentUser.GetAsync(ct));
        var problems = Check(from, to, after, limit);
        if (problems.Count > 0) return Outcome<ApiCursorPage<ApiRebateAccrual>>.Failed(problems);

        await using var db = await contexts.CreateAsync(ct);
        var query = db.RebateAccruals.AsNoTracking().Where(a => a.Id > after);
        if (from is { } f) query = query.Where(a => a.PeriodEnd >= f);
        if (to is { } t) query = query.Where(a => a.PeriodStart <= t);
        if (settled is { } s) query = query.Where(a => (a.SettledAt != null) == s);
        var rows = await query.OrderBy(a => a.Id).Take(limit + 1)
            .Select(a => new ApiRebateAccrual(a.Id, a.Policy!.Code, a.Policy.VersionNumber, a.Policy.Name, a.Partner!.Code, a.Partner.Name,
                a.PeriodStart, a.PeriodEnd, a.Policy.Basis.ToString(), a.Policy.Basis == Domain.Rebates.RebateBasis.Quantity ? a.Quantity : a.NetAmount,
                a.TierReached, a.Policy.RateKind.ToString(), a.Rate, a.Amount, a.Capped, a.CalculatedAt, a.SettledAt,
                a.CreditNote != null ? a.CreditNote.Number : null))
            .ToListAsync(ct);
        return Outcome<ApiCursorPage<ApiRebateAccrual>>.Success(Page(rows, limit, after, r => r.Id));
    }

    /// <summary>Credit notes issued by settling rebates, dated within [<paramref name="from"/>, <paramref name="to"/>], by id.</summary>
    public async Task<Outcome<ApiCursorPage<ApiRebateSettlement>>> ListSettlementsAsync(DateOnly? from, DateOnly? to, long after, int limit,
        CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaffOrIntegration(await currentUser.GetAsync(ct));
        var problems = Check(from, to, after, limit);
        if (problems.Count > 0) return Outcome<ApiCursorPage<ApiRebateSettlement>>.Failed(problems);

        await using var db = await contexts.CreateAsync(ct);
        var query = db.RebateAccruals.AsNoTracking().Where(a => a.CreditNoteEntryId != null && a.CreditNoteEntryId > after);
        if (from is { } f) query = query.Where(a => a.CreditNote!.Date >= f);
        if (to is { } t) query = query.Where(a => a.CreditNote!.Date <= t);
        var rows = await query.OrderBy(a => a.CreditNoteEntryId).Take(limit + 1)
            .Select(a => new ApiRebateSettlement(a.CreditNoteEntryId!.Value, a.CreditNote!.Number, a.CreditNote.Date, a.Partner!.Code, a.Partner.Name,
                a.CreditNote.Amount, a.CreditNote.OpenAmount, a.Policy!.Code, a.Policy.VersionNumber, a.PeriodStart, a.PeriodEnd, a.SettledAt!.Value))
            .ToListAsync(ct);
        return Outcome<ApiCursorPage<ApiRebateSettlement>>.Success(Page(rows, limit, after, r => r.Id));
    }

    private static List<Problem> Check(DateOnly? from, DateOnly? to, long after, int limit)
    {
        var problems = new List<Problem>();
        if (from is { } f && to is { } t && t < f) problems.Add(new Problem(ProblemCodes.EndBeforeStart, "to"));
        if (after < 0) problems.Add(new Problem(ProblemCodes.OutOfRange, "after", 0, int.MaxValue));
        if (limit is < 1 or > MaxLimit) problems.Add(new Problem(ProblemCodes.OutOfRange, "limit", 1, MaxLimit));
        return problems;
    }

    private static ApiCursorPage<T> Page<T>(List<T> rows, int limit, long after, Func<T, int> id)
    {
        var items = rows.Take(limit).ToList();
        return new ApiCursorPage<T>(items, items.Count > 0 ? id(items[^1]) : after, rows.Count > limit);
    }
}
