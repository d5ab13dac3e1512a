using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Tests.Rebates;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;
using static PartnerPortal.Infrastructure.Tests.Rebates.RebateTestKit;
using static PartnerPortal.Infrastructure.Tests.Returns.ReturnTestKit;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;

namespace PartnerPortal.Infrastructure.Tests.Credit;

/// <summary>
/// Random sequences of everything that moves money — submit, approve, reject, cancel, ship part, pay, reverse a payment,
/// return, settle a rebate — through the real services on a real database. After every step, for every partner: the balance is
/// what the ledger's entries add up to, the approved-but-uninvoiced value is what approved orders have not yet invoiced,
/// every invoice's open amount is its amount less the allocations still standing, no shipped line is returned beyond what
/// shipped, and every return's credit note is what its lines received at their frozen prices. The seed is fixed, so a failure
/// names a step that can be replayed.
/// </summary>
public sealed class LedgerInvariantTests(HistoryDatabase history) : IClassFixture<HistoryDatabase>
{
    private static readonly string[] Partners = ["P0001", "P0002", "P0006"];
    private static readonly string[] Skus = ["AC-1001", "AC-1002", "AC-1003", "REF-2001", "REF-2002"];

    private TestDatabase Database => history.Database;

    [Theory]
    [InlineData(20261207)]
    [InlineData(7)]
    [InlineData(424242)]
    public async Task Balance_exposure_and_allocations_stay_consistent_after_every_step(int seed)
    {
        var random = new Random(seed);
        var admin = await CallerAsync(Database, DemoUsers.Admin);
        var regions = await RegionIdsAsync(Database, "EAST", "SOUTH", "NORTH", "SOUTHWEST");
        var policyId = await ActivateAsync(Policies(Database, admin), MonthlyDraft(regions, 3) with { Stackable = true, Name = $"不变量 {seed}" });
        var months = new Queue<DateOnly>([MonthStart(3), MonthStart(2), MonthStart(1)]);
        await AssertConsistentAsync(seed, -1, "start");
        var steps = new List<string>();

        for (var step = 0; step < 40; step++)
        {
            var done = await (random.Next(10) switch
            {
                0 or 1 => SubmitAsync(random),
                2 => DecideAsync(random, admin, approve: true),
                3 => DecideAsync(random, admin, approve: false),
                4 => CancelAsync(random, admin),
                5 or 6 => ShipPartAsync(random, admin),
                7 => random.Next(2) == 0 ? PayAsync(random, admin) : ReversePaymentAsync(random, admin),
                8 => ReturnAsync(random, admin),
                _ => SettleAsync(admin, policyId, months),
            });
            steps.Add(done);
            await AssertConsistentAsync(seed, step, done);
        }
        // The sequence did return goods: the return step is not only ever skipped.
        Assert.Contains(steps, s => s.StartsWith("return ", StringComparison.Ordinal) && s.EndsWith("True", StringComparison.Ordinal));
    }

    private async Task<string> SubmitAsync(Random random)
    {
        var partner = Partners[random.Next(Partners.Length)];
        var lines = new List<RequestedLine>();
        foreach (var sku in Skus.OrderBy(_ => random.Next()).Take(random.Next(1, 3)))
        {
            await using var db = await Database.CreateSystemContextAsync();
            var p = await db.Products.AsNoTracking().SingleAsync(x => x.Sku == sku);
            var step = Math.Max(1, p.OrderMultiple);
            lines.Add(new RequestedLine(p.Id, (p.MinOrderQuantity + step - 1) / step * step * random.Next(1, 4)));
        }
        var result = await SubmissionsFor(Database, await DealerOfAsync(Database, partner)).SubmitAsync(new OrderRequest(Guid.NewGuid().ToString("N"), lines));
        return $"submit {partner}: {result.Outcome}";
    }

    private async Task<string> DecideAsync(Random random, FakeCurrentUserAccessor admin, bool approve)
    {
        var orderId = await PickOrderAsync(random, OrderStatus.PendingApproval);
        if (orderId is not { } id) return "no order to decide";
        var outcome = approve ? await Approvals(Database, admin).ApproveAsync(id, null) : await Approvals(Database, admin).RejectAsync(id, "不需要");
        return $"{(approve ? "approve" : "reject")} {id}: {outcome.Succeeded}";
    }

    private async Task<string> CancelAsync(Random random, FakeCurrentUserAccessor admin)
    {
        var orderId = await PickOrderAsync(random, OrderStatus.Approved, OrderStatus.PendingApproval);
        if (orderId is not { } id) return "no order to cancel";
        return $"cancel {id}: {(await Cancellations(Database, admin).CancelAsync(id)).Succeeded}";
    }

    private async Task<string> ShipPartAsync(Random random, FakeCurrentUserAccessor admin)
    {
        var orderId = await PickOrderAsync(random, OrderStatus.Approved, OrderStatus.PartiallyShipped);
        if (orderId is not { } id) return "no order to ship";
        await using var db = await Database.CreateSystemContextAsync();
        var held = await db.StockReservations.AsNoTracking().Where(r => r.OrderLine!.OrderId == id).OrderBy(r => r.Id).ToListAsync();
        var reservation = held[random.Next(held.Count)];
        var quantity = random.Next(1, reservation.Quantity + 1);
        var outcome = await Shipments(Database, admin).ShipAsync(id, reservation.WarehouseId, [(reservation.OrderLineId, quantity)]);
        return $"ship {quantity} of order {id}: {outcome.Succeeded}";
    }

    private async Task<string> PayAsync(Random random, FakeCurrentUserAccessor admin)
    {
        var partnerId = await Database.PartnerIdAsync(Partners[random.Next(Partners.Length)]);
        var amount = random.Next(1, 2_000_000) / 100m;
        var outcome = await Payments(Database, admin).RecordPaymentAsync(partnerId, amount, DateOnly.FromDateTime(DateTime.Today), "转账");
        return $"pay {amount} to partner {partnerId}: {outcome.Succeeded}";
    }

    /// <summary>Through the manager's reversal command, as the credit page and the API reverse a payment.</summary>
    private async Task<string> ReversePaymentAsync(Random random, FakeCurrentUserAccessor admin)
    {
        List<LedgerEntry> candidates;
        await using (var db = await Database.CreateSystemContextAsync())
        {
            candidates = await db.LedgerEntries.AsNoTracking().Where(e => e.Kind == LedgerEntryKind.Payment
                    && !db.LedgerEntries.Any(r => r.ReversesEntryId == e.Id)).OrderByDescending(e => e.Id).Take(20).ToListAsync();
        }
        if (candidates.Count == 0) return "no payment to reverse";
        var payment = candidates[random.Next(candidates.Count)];
        var reason = (ReversalReason)random.Next(3);
        var outcome = await Reversals(Database, admin).ReverseAsync(payment.Id, reason, reason == ReversalReason.Other ? "重复录入" : null);
        Assert.True(outcome.Succeeded, $"reversing {payment.Number}: {string.Join(", ", outcome.Problems)}");
        return $"reverse {payment.Number} ({payment.Amount}): {outcome.Succeeded}";
    }

    /// <summary>A dealer returns part of a shipped line, the admin approves, and the warehouse receives some or all of it.</summary>
    private async Task<string> ReturnAsync(Random random, FakeCurrentUserAccessor admin)
    {
        var orderId = await PickOrderAsync(random, OrderStatus.PartiallyShipped, OrderStatus.Shipped);
        if (orderId is not { } id) return "no order to return from";
        string partner;
        await using (var db = await Database.CreateSystemContextAsync())
            partner = await db.Orders.Where(o => o.Id == id).Select(o => o.Partner!.Code).SingleAsync();
        var dealer = await DealerOfAsync(Database, partner);
        var returnable = (await Requests(Database, dealer).ReturnableAsync(id)).Where(l => l.Returnable > 0).ToList();
        if (returnable.Count == 0) return $"nothing returnable on order {id}";
        var line = returnable[random.Next(returnable.Count)];
        var quantity = random.Next(1, line.Returnable + 1);
        var requested = await Requests(Database, dealer).RequestAsync(Form(id, (line.ShipmentLineId, quantity)));
        if (!requested.Succeeded) return $"return request on order {id}: refused";
        await Decisions(Database, admin).ApproveAsync(requested.Value);
        await using var read = await Database.CreateSystemContextAsync();
        var returnLine = await read.ReturnLines.AsNoTracking().SingleAsync(l => l.ReturnRequestId == requested.Value);
        var received = random.Next(0, quantity + 1);
        var disposition = random.Next(2) == 0 ? ReturnDisposition.Restock : ReturnDisposition.Scrap;
        var outcome = await Receipts(Database, admin).ReceiveAsync(requested.Value, await WarehouseIdAsync(Database, "WH-SH"),
            [new(returnLine.Id, received, disposition)]);
        return $"return {received} of {quantity} × {line.Sku} of order {id} ({disposition}): {outcome.Succeeded}";
    }

    private async Task<string> SettleAsync(FakeCurrentUserAccessor admin, int policyId, Queue<DateOnly> months)
    {
        if (!months.TryDequeue(out var month)) return "nothing left to settle";
        var outcome = await Accruals(Database, admin).SettleAsync(policyId, month);
        return $"settle {month:yyyy-MM}: {outcome.Value?.CreditNotes} credit notes";
    }

    private async Task<int?> PickOrderAsync(Random random, params OrderStatus[] statuses)
    {
        await using var db = await Database.CreateSystemContextAsync();
        var partnerIds = await db.Partners.Where(p => Partners.Contains(p.Code)).Select(p => p.Id).ToListAsync();
        var ids = await db.Orders.Where(o => statuses.Contains(o.Status) && partnerIds.Contains(o.PartnerId)).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync();
        return ids.Count == 0 ? null : ids[random.Next(ids.Count)];
    }

    private async Task AssertConsistentAsync(int seed, int step, string done)
    {
        await using var db = await Database.CreateSystemContextAsync();
        var at = $"seed {seed}, step {step} ({done})";
        var entries = await db.LedgerEntries.AsNoTracking().ToListAsync();
        var allocations = await db.LedgerAllocations.AsNoTracking().ToListAsync();
        var reversed = entries.Where(e => e.ReversesEntryId is not null).Select(e => e.ReversesEntryId!.Value).ToHashSet();
        var byId = entries.ToDictionary(e => e.Id);

        // Balance = invoices + debit notes + reversals − payments − credit notes, per partner.
        var owed = entries.GroupBy(e => e.PartnerId).ToDictionary(g => g.Key, g => g.Sum(e => e.SignedAmount));
        // Approved but not invoiced = what approved and partly shipped orders still have to invoice.
        var uninvoiced = (await db.Orders.AsNoTracking()
                .Where(o => o.Status == OrderStatus.Approved || o.Status == OrderStatus.PartiallyShipped)
                .Select(o => new { o.PartnerId, o.Total, Invoiced = db.Shipments.Where(s => s.OrderId == o.Id).Sum(s => (decimal?)s.Amount) ?? 0m })
                .ToListAsync())
            .GroupBy(o => o.PartnerId).ToDictionary(g => g.Key, g => g.Sum(o => o.Total - o.Invoiced));
        foreach (var account in await db.CreditAccounts.AsNoTracking().ToListAsync())
        {
            Assert.True(owed.GetValueOrDefault(account.PartnerId) == account.Balance,
                $"{at}: partner {account.PartnerId} balance {account.Balance}, entries add up to {owed.GetValueOrDefault(account.PartnerId)}");
            Assert.True(uninvoiced.GetValueOrDefault(account.PartnerId) == account.ApprovedUninvoiced,
                $"{at}: partner {account.PartnerId} approved-but-uninvoiced {account.ApprovedUninvoiced}, orders say {uninvoiced.GetValueOrDefault(account.PartnerId)}");
            Assert.Equal(account.Balance + account.ApprovedUninvoiced, account.Exposure);
        }

        // No shipped line comes back beyond what shipped; a credited return's note is what its lines received at their prices.
        var shipped = await db.ShipmentLines.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Quantity);
        var returns = await db.ReturnRequests.AsNoTracking().Include(r => r.Lines).ToListAsync();
        foreach (var group in returns.SelectMany(r => r.Lines.Select(l => (r.Status, Line: l))).GroupBy(x => x.Line.ShipmentLineId))
        {
            var held = group.Sum(x => ReturnRules.Held(x.Line.Held(x.Status)));
            Assert.True(held <= shipped[group.Key], $"{at}: shipment line {group.Key} shipped {shipped[group.Key]}, returns hold {held}");
        }
        foreach (var r in returns.Where(r => r.CreditNoteEntryId is not null))
        {
            var expected = r.Lines.Sum(l => Domain.Pricing.Money.Round(l.ReceivedQuantity!.Value * l.UnitPrice));
            Assert.True(byId[r.CreditNoteEntryId!.Value].Amount == expected, $"{at}: {r.Number} credited {byId[r.CreditNoteEntryId.Value].Amount}, received {expected}");
        }

        // Allocations of reversed payments stand no more; the others add up to what each side has settled.
        var standing = allocations.Where(a => !reversed.Contains(a.PaymentEntryId)).ToList();
        foreach (var a in allocations)
        {
            var invoice = byId[a.InvoiceEntryId];
            Assert.True(a.Amount > 0 && a.Amount <= invoice.Amount, $"{at}: allocation {a.Id} of {a.Amount} to {invoice.Number} of {invoice.Amount}");
            Assert.Equal(invoice.PartnerId, byId[a.PaymentEntryId].PartnerId);
        }
        foreach (var e in entries)
        {
            var applied = e.DueDate is not null
                ? standing.Where(a => a.InvoiceEntryId == e.Id).Sum(a => a.Amount)
                : standing.Where(a => a.PaymentEntryId == e.Id).Sum(a => a.Amount);
            var expectedOpen = e.Kind == LedgerEntryKind.Reversal || reversed.Contains(e.Id) ? 0m : e.Amount - applied;
            Assert.True(expectedOpen == e.OpenAmount, $"{at}: {e.Number} open {e.OpenAmount}, allocations leave {expectedOpen}");
            Assert.InRange(e.OpenAmount, 0m, e.Amount);
        }
    }
}
