using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>
/// The drill-down of an accrual or a true-up: the lines of its basis (<see cref="RebateBasisLines"/>) with their dates and
/// the policy version used. The accrual or true-up is read through the query filters, so an id outside the caller's scope
/// (another partner's, another region's) answers null exactly like one that does not exist; only then are its lines read.
/// </summary>
public sealed class RebateBasisService(PortalDbContextFactory contexts)
{
    public async Task<RebateBasisExplanation?> ExplainAccrualAsync(int accrualId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return (await AccrualSubjectAsync(db, accrualId, ct))?.Explanation;
    }

    public async Task<RebateBasisExplanation?> ExplainTrueUpAsync(int trueUpId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return (await TrueUpSubjectAsync(db, trueUpId, ct))?.Explanation;
    }

    /// <summary>A page of the accrual's basis lines, oldest first; empty when the accrual is not the caller's to see.</summary>
    public async Task<PagedResult<RebateBasisLineRow>> AccrualLinesAsync(int accrualId, PageRequest request, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await LinesAsync(db, await AccrualSubjectAsync(db, accrualId, ct), request, ct);
    }

    /// <summary>A page of the true-up's basis lines, oldest first; empty when the true-up is not the caller's to see.</summary>
    public async Task<PagedResult<RebateBasisLineRow>> TrueUpLinesAsync(int trueUpId, PageRequest request, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await LinesAsync(db, await TrueUpSubjectAsync(db, trueUpId, ct), request, ct);
    }

    private sealed record Subject(RebateBasisExplanation Explanation, RebatePolicy Policy, int PartnerId);

    private static async Task<Subject?> AccrualSubjectAsync(PortalDbContext db, int accrualId, CancellationToken ct)
    {
        var a = await db.RebateAccruals.AsNoTracking().Where(x => x.Id == accrualId)
            .Select(x => new { Accrual = x, x.Policy, x.Partner!.Code, x.Partner.Name, x.Partner.NameEn })
            .FirstOrDefaultAsync(ct);
        if (a is null) return null;
        var p = a.Policy!;
        var x = a.Accrual;
        return new Subject(new RebateBasisExplanation(x.Id, false, p.Code, p.VersionNumber, p.Name,
            RebatePeriod.Containing(p.PeriodType, x.PeriodStart).Label, x.PeriodStart, x.PeriodEnd, p.Basis, p.Mode, p.RateKind, p.Tiers,
            p.CapPerPeriod, a.Code, new LocalName(a.Name, a.NameEn), p.Basis == RebateBasis.Quantity ? x.Quantity : x.NetAmount, null,
            x.TierReached, x.Rate, x.Amount, x.SettledAt), p, x.PartnerId);
    }

    private static async Task<Subject?> TrueUpSubjectAsync(PortalDbContext db, int trueUpId, CancellationToken ct)
    {
        var t = await db.RebateTrueUps.AsNoTracking().Where(x => x.Id == trueUpId)
            .Select(x => new { TrueUp = x, x.Policy, x.Partner!.Code, x.Partner.Name, x.Partner.NameEn })
            .FirstOrDefaultAsync(ct);
        if (t is null) return null;
        var p = t.Policy!;
        var x = t.TrueUp;
        // The previous settlement: the accrual's, or the true-up before this one.
        var previous = await db.RebateTrueUps.AsNoTracking().Where(o => o.AccrualId == x.AccrualId && o.Sequence == x.Sequence - 1)
            .Select(o => (DateTimeOffset?)o.CreatedAt).FirstOrDefaultAsync(ct)
            ?? await db.RebateAccruals.AsNoTracking().Where(a => a.Id == x.AccrualId).Select(a => a.SettledAt).FirstOrDefaultAsync(ct);
        var quantity = p.Basis == RebateBasis.Quantity;
        return new Subject(new RebateBasisExplanation(x.Id, true, p.Code, p.VersionNumber, p.Name,
            RebatePeriod.Containing(p.PeriodType, x.PeriodStart).Label, x.PeriodStart, x.PeriodEnd, p.Basis, p.Mode, p.RateKind, p.Tiers,
            p.CapPerPeriod, t.Code, new LocalName(t.Name, t.NameEn), quantity ? x.Quantity : x.NetAmount,
            quantity ? x.QuantityBefore : x.NetAmountBefore, x.TierReached, x.Rate, x.Difference, previous), p, x.PartnerId);
    }

    private static async Task<PagedResult<RebateBasisLineRow>> LinesAsync(PortalDbContext db, Subject? subject, PageRequest request,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (subject is null) return new PagedResult<RebateBasisLineRow>([], 0);
        var e = subject.Explanation;
        var period = RebatePeriod.Containing(subject.Policy.PeriodType, e.PeriodStart);
        var basis = RebateBasisLines.Of(db, subject.Policy, period, subject.PartnerId);
        var total = await basis.CountAsync(ct);
        var page = await (from b in basis
                          join s in db.Shipments.IgnoreQueryFilters() on b.ShipmentId equals s.Id
                          join ol in db.OrderLines.IgnoreQueryFilters() on b.OrderLineId equals ol.Id
                          join r in db.ReturnRequests.IgnoreQueryFilters() on b.ReturnRequestId equals (int?)r.Id into returns
                          from r in returns.DefaultIfEmpty()
                          orderby b.ShippedOn, s.Number, b.ShipmentLineId, b.ReturnRequestId
                          select new
                          {
                              b.ShipmentLineId, s.Number, OrderNumber = s.Order!.Number, b.ShippedOn,
                              InvoicedOn = s.Invoice == null ? (DateOnly?)null : s.Invoice!.Date,
                              InvoicedAt = s.Invoice == null ? (DateTimeOffset?)null : s.Invoice!.CreatedAt,
                              ReturnNumber = r == null ? null : r!.Number, ReceivedAt = r == null ? null : r!.ReceivedAt,
                              CreditedOn = r == null || r!.CreditNote == null ? (DateOnly?)null : r!.CreditNote!.Date,
                              ol.Product!.Sku, ol.Product.Name, ol.Product.NameEn, b.Quantity, b.Amount,
                          })
            .Skip(request.Skip).Take(request.SafePageSize).ToListAsync(ct);
        // Compared here: SQLite cannot compare DateTimeOffset values, and a page is small.
        var rows = page.Select(l =>
        {
            var recordedAt = l.ReturnNumber is null ? l.InvoicedAt : l.ReceivedAt;
            var recordedOn = l.ReturnNumber is null ? l.InvoicedOn : l.CreditedOn;
            return new RebateBasisLineRow(l.ShipmentLineId, l.Number, l.OrderNumber, l.ShippedOn, recordedOn, l.Sku, l.Name, l.NameEn,
                l.Quantity, l.Amount, e.SettledAt is { } settled && recordedAt > settled, l.ReturnNumber);
        }).ToList();
        return new PagedResult<RebateBasisLineRow>(rows, total);
    }
}
