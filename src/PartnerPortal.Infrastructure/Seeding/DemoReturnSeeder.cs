using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Infrastructure.Rebates;
using PartnerPortal.Infrastructure.Returns;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// Returns of the demo dealer (P0001) in every state, each of a different order of its history: one waiting for its
/// channel manager (with a photo), one approved and on its way back, one rejected, one cancelled, one received with nothing
/// in it, one partly received and restocked, one received and scrapped. Credits go through the <see cref="Ledger"/> and
/// restocking through the receipt's own stock movement, as a receipt in the portal posts them, so balances, allocations
/// and stock stay what the ledger and the warehouse would show. Needs the order history.
/// </summary>
internal sealed class DemoReturnSeeder(PortalDbContext db, TimeProvider clock, ReturnPhotoFiles photos)
{
    public const string PartnerCode = "P0001";

    private sealed record Plan(ReturnStatus Status, ReturnReason Reason, string Note, int DaysAgo, int Quantity, int Received = 0,
        ReturnDisposition Disposition = ReturnDisposition.Restock, string DecisionNote = "", bool Photo = false);

    private static readonly Plan[] Plans =
    [
        new(ReturnStatus.Requested, ReturnReason.Defective, "开机后外机异响，已拍照。", 2, 1, Photo: true),
        new(ReturnStatus.Approved, ReturnReason.WrongItem, "收到的型号与订单不符。", 5, 2, DecisionNote: "请原包装退回上海仓。"),
        new(ReturnStatus.Rejected, ReturnReason.Overstock, "门店换季，库存过多。", 9, 2, DecisionNote: "滞销库存不在退货范围内，请参加季末促销。"),
        new(ReturnStatus.Cancelled, ReturnReason.DamagedInTransit, "外包装破损。", 12, 1),
        new(ReturnStatus.Received, ReturnReason.DamagedInTransit, "运输途中磕碰。", 20, 1, Received: 0, Disposition: ReturnDisposition.Scrap),
        new(ReturnStatus.Credited, ReturnReason.Defective, "两台压缩机故障。", 25, 2, Received: 1),
        new(ReturnStatus.Credited, ReturnReason.DamagedInTransit, "面板碎裂，无法销售。", 30, 1, Received: 1, Disposition: ReturnDisposition.Scrap),
    ];

    private sealed record Cast(int PartnerId, CurrentUser Dealer, CurrentUser Manager, int WarehouseId);

    public async Task SeedAsync(CancellationToken ct)
    {
        // Demo history, not news: no webhook receiver is told about these returns.
        Integration.OutboxInterceptor.Suppress(db);
        if (await CastAsync(ct) is not { } cast) return;
        // The newest completed orders, one per return, so that no return holds quantities another one needs.
        var orders = await db.Orders.Where(o => o.PartnerId == cast.PartnerId && o.Status == OrderStatus.Completed)
            .OrderByDescending(o => o.SubmittedAt).ThenByDescending(o => o.Id).Select(o => new { o.Id, o.Number }).Take(Plans.Length).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var (plan, order) in Plans.Zip(orders))
        {
            var shipped = (await ReturnableLines.LoadAsync(db, order.Id, ct))[0];
            var requestedAt = now.AddDays(-plan.DaysAgo);
            await AddAsync(cast, plan, order.Id, order.Number, shipped, requestedAt, requestedAt.AddDays(4), ct);
        }
    }

    /// <summary>
    /// Run after the rebates are settled: one more return of the demo dealer, received today, of goods shipped in a period
    /// already settled whose rebate it changes, so that the next settlement of that policy posts a true-up "because of"
    /// this return. Nothing when no settled period of the dealer has such a line.
    /// </summary>
    public async Task SeedAfterSettlementAsync(CancellationToken ct)
    {
        Integration.OutboxInterceptor.Suppress(db);
        if (await CastAsync(ct) is not { } cast) return;
        var settled = await db.RebateAccruals.AsNoTracking().Where(a => a.PartnerId == cast.PartnerId && a.SettledAt != null && a.Amount > 0)
            .OrderBy(a => a.PeriodStart).ThenBy(a => a.PolicyId).ToListAsync(ct);
        foreach (var accrual in settled)
        {
            var policy = await db.RebatePolicies.AsNoTracking().FirstAsync(p => p.Id == accrual.PolicyId, ct);
            var period = RebatePeriod.Containing(policy.PeriodType, accrual.PeriodStart);
            var basis = await RebateBasisLines.SumAsync(db, policy, period, cast.PartnerId, ct);
            var candidates = await RebateBasisLines.Of(db, policy, period, cast.PartnerId).Where(l => l.ReturnRequestId == null)
                .OrderBy(l => l.ShippedOn).ThenBy(l => l.ShipmentLineId)
                .Join(db.OrderLines, l => l.OrderLineId, o => o.Id, (l, o) => new { l.ShipmentLineId, o.OrderId, o.Order!.Number })
                .Take(20).ToListAsync(ct);
            foreach (var candidate in candidates)
            {
                var line = (await ReturnableLines.LoadAsync(db, candidate.OrderId, ct)).First(l => l.View.ShipmentLineId == candidate.ShipmentLineId);
                if (line.View.Returnable < 1) continue;
                var credit = ReturnRules.Credit([new CreditedReturnLine(1, line.View.UnitPrice)]).Total;
                var after = new RebateBasisFigures(basis.NetAmount - credit, basis.Quantity - 1);
                if (RebateTrueUpRule.Decide(policy.Scheme, after, accrual.Amount).Kind == RebateTrueUpKind.None) continue;
                // Received after the settlement, even on a clock that has not moved since.
                var now = clock.GetUtcNow();
                var receivedAt = now > accrual.SettledAt ? now : accrual.SettledAt!.Value.AddSeconds(1);
                var plan = new Plan(ReturnStatus.Credited, ReturnReason.Defective, "安装后发现显示屏故障，已与售后确认。", 3, 1, Received: 1,
                    DecisionNote: "同意退货，请寄回上海仓。");
                await AddAsync(cast, plan, candidate.OrderId, candidate.Number, line, receivedAt.AddDays(-3), receivedAt, ct);
                return;
            }
        }
    }

    private async Task<Cast?> CastAsync(CancellationToken ct)
    {
        var partner = await db.Partners.Where(p => p.Code == PartnerCode).Select(p => new { p.Id, p.RegionId }).FirstOrDefaultAsync(ct);
        if (partner is null) return null;
        var dealer = await db.Users.Where(u => u.PartnerId == partner.Id).OrderBy(u => u.Email)
            .Select(u => new CurrentUser(u.Id, u.DisplayName, new[] { PortalRoles.Dealer })).FirstAsync(ct);
        var manager = await db.ManagerRegions.Where(m => m.RegionId == partner.RegionId).OrderBy(m => m.UserId)
            .Select(m => new CurrentUser(m.UserId, m.User!.DisplayName, new[] { PortalRoles.ChannelManager })).FirstAsync(ct);
        var warehouseId = await db.Warehouses.OrderBy(w => w.Id).Select(w => w.Id).FirstAsync(ct);
        return new Cast(partner.Id, dealer, manager, warehouseId);
    }

    /// <summary>One return of one shipped line, taken through the plan's states as the portal would.</summary>
    private async Task AddAsync(Cast cast, Plan plan, int orderId, string orderNumber, ReturnableLines.Line shipped, DateTimeOffset requestedAt,
        DateTimeOffset receivedAt, CancellationToken ct)
    {
        var quantity = Math.Min(plan.Quantity, shipped.View.Returnable);
        var request = new ReturnRequest
        {
            Number = await CommandSupport.NextNumberAsync(db.ReturnRequests.IgnoreQueryFilters().Select(r => r.Number), "RMA",
                DateOnly.FromDateTime(requestedAt.ToLocalTime().Date), ct),
            PartnerId = cast.PartnerId, OrderId = orderId, Reason = plan.Reason, Note = plan.Note,
            Lines =
            [
                new ReturnLine
                {
                    OrderLineId = shipped.View.OrderLineId, ShipmentId = shipped.ShipmentId, ShipmentLineId = shipped.View.ShipmentLineId,
                    ProductId = shipped.ProductId, Sku = shipped.View.Sku, Quantity = quantity, UnitPrice = shipped.View.UnitPrice,
                },
            ],
        };
        if (plan.Photo) request.Photos.Add(await PhotoAsync(cast.PartnerId, request.Number, requestedAt, ct));
        request.Open(requestedAt, cast.Dealer.UserId, cast.Dealer.UserName);
        var decidedAt = requestedAt.AddHours(20);
        switch (plan.Status)
        {
            case ReturnStatus.Cancelled:
                request.MoveTo(ReturnStatus.Cancelled, requestedAt.AddHours(2), cast.Dealer.UserId, cast.Dealer.UserName);
                break;
            case ReturnStatus.Rejected:
                request.DecisionNote = plan.DecisionNote;
                request.MoveTo(ReturnStatus.Rejected, decidedAt, cast.Manager.UserId, cast.Manager.UserName, plan.DecisionNote);
                break;
            case not ReturnStatus.Requested:
                request.DecisionNote = plan.DecisionNote;
                request.MoveTo(ReturnStatus.Approved, decidedAt, cast.Manager.UserId, cast.Manager.UserName, plan.DecisionNote);
                break;
        }
        db.ReturnRequests.Add(request);
        await db.SaveChangesAsync(ct);
        if (plan.Status is ReturnStatus.Received or ReturnStatus.Credited)
            await ReceiveAsync(new Ledger(db, clock), request, orderNumber, cast.WarehouseId, plan, cast.Manager, receivedAt, ct);
    }

    /// <summary>The warehouse counts the goods in as <see cref="ReturnReceiptService"/> does, and the ledger credits what came back.</summary>
    private async Task ReceiveAsync(Ledger ledger, ReturnRequest request, string orderNumber, int warehouseId, Plan plan, CurrentUser manager,
        DateTimeOffset at, CancellationToken ct)
    {
        var line = request.Lines[0];
        line.ReceivedQuantity = Math.Min(plan.Received, line.Quantity);
        line.Disposition = plan.Disposition;
        if (line.ReceivedQuantity > 0 && line.Disposition == ReturnDisposition.Restock)
            await ReturnReceiptService.RestockAsync(db, warehouseId, line, request.Number, manager, at, ct);
        var credit = ReturnRules.Credit([new CreditedReturnLine(line.ReceivedQuantity.Value, line.UnitPrice)]);
        line.CreditAmount = credit.LineAmounts[0];
        request.WarehouseId = warehouseId;
        request.ReceivedAt = at;
        request.MoveTo(ReturnStatus.Received, at, manager.UserId, manager.UserName);
        if (credit.Total > 0)
        {
            var account = await ledger.AccountAsync(request.PartnerId, ct)
                ?? throw new InvalidOperationException($"Demo partner {PartnerCode} has no credit account.");
            // Dated the seeding day like every posting of the ledger, so credit note numbers follow their dates.
            var note = await ledger.GrantCreditNoteAsync(account, credit.Total, CommandSupport.Today(clock), $"{request.Number} {orderNumber}", ct);
            request.CreditNote = note;
            request.MoveTo(ReturnStatus.Credited, at, manager.UserId, manager.UserName, note.Number);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A photo drawn on the spot and stored as an upload is: checked by its content, with its thumbnail.</summary>
    private async Task<ReturnPhoto> PhotoAsync(int partnerId, string number, DateTimeOffset at, CancellationToken ct)
    {
        var png = DemoScanImage.Png(PartnerCode, number, "退货照片 / return photo");
        await using var content = new MemoryStream(png);
        var problems = new List<Problem>();
        var options = new ReturnOptions();
        var upload = (await ReturnPhotoUpload.ReadAsync([new ScanFile(content, "photo.png", png.Length)], options.PhotoMaxBytes, problems, ct)).Single();
        var (photo, problem) = await upload.StoreAsync(photos, options.PhotoMaxBytes, at, ct);
        if (problem is not null) throw new InvalidOperationException($"The demo photo of {number} was refused: {problem.Code}");
        photo!.PartnerId = partnerId;
        return photo;
    }
}
