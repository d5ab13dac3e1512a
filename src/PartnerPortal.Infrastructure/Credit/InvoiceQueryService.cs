using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Credit;

/// <summary>
/// Open and overdue invoices across the partners of the caller's regions, for brand staff. "Overdue" is
/// <see cref="LedgerQueries.Overdue"/>, the rule the dashboards count with.
/// </summary>
public sealed class InvoiceQueryService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    /// <summary>Oldest due first; the totals cover every matching invoice, not only the page.</summary>
    /// <exception cref="ScopeViolationException">The caller is not brand staff.</exception>
    public async Task<InvoicePage> ListAsync(PageRequest page, InvoiceFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(filter);
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        await using var db = await contexts.CreateAsync(ct);

        var entries = db.LedgerEntries.AsNoTracking();
        var invoices = filter.OverdueOnly ? entries.Overdue(today) : entries.OpenInvoices();
        if (filter.PartnerId is { } partnerId) invoices = invoices.Where(e => e.PartnerId == partnerId);
        if (filter.RegionId is { } regionId) invoices = invoices.Where(e => e.Partner!.RegionId == regionId);
        if (page.SearchPattern is { } like)
            invoices = invoices.Where(e => EF.Functions.Like(e.Number, like, PageRequest.LikeEscape)
                || EF.Functions.Like(e.Partner!.Code, like, PageRequest.LikeEscape) || EF.Functions.Like(e.Partner.Name, like, PageRequest.LikeEscape)
                || EF.Functions.Like(e.Partner.NameEn, like, PageRequest.LikeEscape));

        var totals = await invoices.GroupBy(e => 1)
            .Select(g => new { Count = g.Count(), Open = g.Sum(e => e.OpenAmount) })
            .FirstOrDefaultAsync(ct);
        if (totals is null) return new InvoicePage([], 0, 0m);

        var rows = await invoices.OrderBy(e => e.DueDate).ThenBy(e => e.Id).Skip(page.Skip).Take(page.SafePageSize)
            .Select(e => new
            {
                e.Id, e.Number, e.PartnerId, e.Partner!.Code, e.Partner.Name, e.Partner.NameEn, RegionName = e.Partner.Region!.Name,
                RegionNameEn = e.Partner.Region.NameEn, e.Date, DueDate = e.DueDate!.Value, e.Amount, e.OpenAmount,
            })
            .ToListAsync(ct);
        var items = rows.Select(r => new InvoiceListItem(r.Id, r.Number, r.PartnerId, r.Code, new LocalName(r.Name, r.NameEn), r.RegionName,
            r.RegionNameEn, r.Date,
            r.DueDate, r.Amount, r.OpenAmount, Math.Max(0, today.DayNumber - r.DueDate.DayNumber))).ToList();
        return new InvoicePage(items, totals.Count, totals.Open);
    }
}
