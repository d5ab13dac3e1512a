using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit.Rules;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Credit;

namespace PartnerPortal.Infrastructure.Ordering;

/// <summary>
/// A channel manager's (or an admin's) decision on orders held for being over the credit limit. Approving
/// reserves stock and commits credit like an automatic approval, but may go over the limit: that is the point
/// of asking a person. Every lookup goes through the caller's scope, so another region's order is not found.
/// </summary>
public sealed class OrderApprovalService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    public const int NoteMaxLength = 200;
    public const int ReasonMaxLength = 500;

    /// <summary>Orders waiting for approval in the caller's regions (or in one of them), oldest first.</summary>
    public async Task<PagedResult<PendingOrder>> ListPendingAsync(PageRequest page, int? regionId = null, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var pending = db.Orders.AsNoTracking().Where(o => o.Status == OrderStatus.PendingApproval);
        if (regionId is { } region) pending = pending.Where(o => o.Partner!.RegionId == region);
        if (page.SearchPattern is { } like)
            pending = pending.Where(o => EF.Functions.Like(o.Number, like, PageRequest.LikeEscape)
                || EF.Functions.Like(o.Partner!.Code, like, PageRequest.LikeEscape) || EF.Functions.Like(o.Partner.Name, like, PageRequest.LikeEscape));

        var total = await pending.CountAsync(ct);
        var rows = await pending.OrderBy(o => o.SubmittedAt).ThenBy(o => o.Id).Skip(page.Skip).Take(page.SafePageSize)
            .Select(o => new { o.Id, o.Number, o.PartnerId, o.Partner!.Code, o.Partner.Name, o.Partner.NameEn, o.Total, o.SubmittedAt })
            .ToListAsync(ct);
        var partnerIds = rows.Select(r => r.PartnerId).Distinct().ToList();
        var accounts = await db.CreditAccounts.AsNoTracking().Where(a => partnerIds.Contains(a.PartnerId))
            .ToDictionaryAsync(a => a.PartnerId, ct);
        var items = rows.Select(r => new PendingOrder(r.Id, r.Number, r.PartnerId, r.Code, new LocalName(r.Name, r.NameEn), r.Total, r.SubmittedAt,
            accounts.TryGetValue(r.PartnerId, out var a) ? a.Available : null)).ToList();
        return new PagedResult<PendingOrder>(items, total);
    }

    /// <summary>
    /// Reserves the order's stock and commits its total to the partner's credit, even beyond the limit; the credit
    /// figures at the moment of approval are written into the order's history. Refused when stock is short.
    /// </summary>
    public async Task<Outcome> ApproveAsync(int orderId, string? note, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        CommandSupport.RequireBrandStaff(user);
        var problems = new List<Problem>();
        TextRules.OptionalMultiLine(problems, "Note", note, NoteMaxLength);
        if (problems.Count > 0) return Outcome.Failed(problems);
        return await CommandSupport.RetryAsync(() => TryApproveAsync(orderId, note?.Trim() ?? "", user, ct), ct);
    }

    /// <summary>Turns the order down with a reason the partner will see.</summary>
    public async Task<Outcome> RejectAsync(int orderId, string reason, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        CommandSupport.RequireBrandStaff(user);
        var problems = new List<Problem>();
        TextRules.RequiredMultiLine(problems, "Reason", reason, ReasonMaxLength);
        if (problems.Count > 0) return Outcome.Failed(problems);
        return await CommandSupport.RetryAsync(() => TryRejectAsync(orderId, reason.Trim(), user, ct), ct);
    }

    private async Task<Outcome> TryApproveAsync(int orderId, string note, CurrentUser user, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var order = await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null) return Outcome.Failed(ProblemCodes.NotFound, "Order");
        if (order.Status != OrderStatus.PendingApproval) return Outcome.Failed(ProblemCodes.WrongOrderStatus, "Order", order.Status.ToString());
        var account = await new Ledger(db, clock).AccountAsync(order.PartnerId, ct);
        if (account is null) return Outcome.Failed(ProblemCodes.NoCreditAccount);

        var shortages = await StockReservations.ReserveAsync(db, order.Lines, ct);
        if (shortages.Count > 0)
        {
            await tx.RollbackAsync(ct);
            return Outcome.Failed(shortages);
        }
        // The credit at the moment of approval, as figures the order's history shows in the reader's language.
        var figures = CreditFigures.Of(account.CreditLimit, account.Exposure, order.Total);
        Ledger.CommitOrder(account, order.Total);
        order.MoveTo(OrderStatus.Approved, clock.GetUtcNow(), user.UserId, user.UserName, OrderEventFact.CreditApproval, figures, note);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome.Success;
    }

    private async Task<Outcome> TryRejectAsync(int orderId, string reason, CurrentUser user, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null) return Outcome.Failed(ProblemCodes.NotFound, "Order");
        if (order.Status != OrderStatus.PendingApproval) return Outcome.Failed(ProblemCodes.WrongOrderStatus, "Order", order.Status.ToString());

        // Raising the version makes a concurrent approval of the same order conflict and retry, then find it rejected.
        var account = await new Ledger(db, clock).AccountAsync(order.PartnerId, ct);
        account?.Touch();
        order.Note = reason;
        order.MoveTo(OrderStatus.Rejected, clock.GetUtcNow(), user.UserId, user.UserName, reason);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome.Success;
    }
}
