using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Credit;

namespace PartnerPortal.Infrastructure.Ordering;

/// <summary>
/// Cancels an order before anything has shipped: by the partner's own dealer, or by a channel manager or admin
/// whose scope covers the partner. The stock it holds is released and, once approved, the credit it committed
/// is given back.
/// </summary>
public sealed class OrderCancellationService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    public async Task<Outcome> CancelAsync(int orderId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!user.IsInRole(PortalRoles.Dealer)) CommandSupport.RequireBrandStaff(user);
        return await CommandSupport.RetryAsync(() => TryCancelAsync(orderId, user, ct), ct);
    }

    private async Task<Outcome> TryCancelAsync(int orderId, CurrentUser user, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var order = await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null) return Outcome.Failed(ProblemCodes.NotFound, "Order");
        if (!OrderTransitions.CanCancel(order.Status)) return Outcome.Failed(ProblemCodes.WrongOrderStatus, "Order", order.Status.ToString());

        await StockReservations.ReleaseAsync(db, order.Lines.Select(l => l.Id).ToList(), ct);
        // The version is raised even when no credit moves, so a concurrent approval or shipment of the order conflicts.
        var account = await new Ledger(db, clock).AccountAsync(order.PartnerId, ct);
        if (account is not null && order.Status == OrderStatus.Approved) Ledger.ReleaseOrder(account, order.Total);
        else account?.Touch();
        order.MoveTo(OrderStatus.Cancelled, clock.GetUtcNow(), user.UserId, user.UserName);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome.Success;
    }
}
