using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Integration.WebhookTestKit;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;
using static PartnerPortal.Infrastructure.Tests.Rebates.RebateTestKit;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>
/// P0001 (EAST) gets 4 × AC-1001 = 11,212.00 shipped last month; an EAST monthly policy pays 1 % from 10,000.00, so settling
/// last month posts one credit note of 112.12, and one rebate.settled event.
/// </summary>
public sealed class RebateSettledEventTests
{
    [Fact]
    public async Task Settling_a_period_raises_rebate_settled_with_the_credit_note_policy_and_period()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        var ac = await ReservationAsync(database, orderId, "AC-1001");
        var manager = await CallerAsync(database, DemoUsers.ManagerEast);
        var lastMonth = new ShipmentService(
            new PortalDbContextFactory(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), manager), manager,
            new FixedClock(MonthStart(1).AddDays(4)), database.Services.GetRequiredService<PartnerPortal.Infrastructure.Rebates.RebateRecalculationSignal>());
        Assert.True((await lastMonth.ShipAsync(orderId, ac.WarehouseId, [(ac.LineId, 4)])).Succeeded);
        var admin = await CallerAsync(database, DemoUsers.Admin);
        var policyId = await ActivateAsync(Policies(database, admin), MonthlyDraft(await RegionIdsAsync(database, "EAST"), 1) with { Name = "华东月返" });

        var settled = await Accruals(database, admin).SettleAsync(policyId, MonthStart(1));

        Assert.True(settled.Succeeded, string.Join(", ", settled.Problems));
        Assert.Equal(1, settled.Value!.CreditNotes);
        var e = Assert.Single(await OutboxAsync(database), x => x.Type == WebhookEvents.RebateSettled);
        await using var db = await database.CreateSystemContextAsync();
        var accrual = await db.RebateAccruals.AsNoTracking().Include(a => a.CreditNote).Include(a => a.Policy)
            .SingleAsync(a => a.PolicyId == policyId && a.CreditNoteEntryId != null);
        var data = DataOf(e);
        Assert.Equal((accrual.CreditNote!.Id, accrual.CreditNote.Number, "P0001", 112.12m),
            (data.GetProperty("creditNoteId").GetInt32(), data.GetProperty("creditNoteNumber").GetString(), data.GetProperty("partnerCode").GetString(),
                data.GetProperty("amount").GetDecimal()));
        Assert.Equal((policyId, accrual.Policy!.Code, 1, MonthStart(1).ToString("yyyy-MM"), accrual.Id),
            (data.GetProperty("policyId").GetInt32(), data.GetProperty("policyCode").GetString(), data.GetProperty("policyVersion").GetInt32(),
                data.GetProperty("period").GetString(), data.GetProperty("accrualId").GetInt32()));
        Assert.Equal(MonthStart(1).ToString("yyyy-MM-dd"), data.GetProperty("periodStart").GetString());
        Assert.Equal(await database.PartnerIdAsync("P0001"), e.PartnerId);
        // The shipment raised order.shipped; the credit note raises nothing else.
        Assert.Equal([WebhookEvents.OrderSubmitted, WebhookEvents.OrderApproved, WebhookEvents.OrderShipped, WebhookEvents.RebateSettled],
            (await OutboxAsync(database)).Select(x => x.Type));
    }
}
