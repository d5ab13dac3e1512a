using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Rebates;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Rebates.RebateTestKit;

namespace PartnerPortal.Infrastructure.Tests.Rebates;

public sealed class RebateBackgroundRunTests
{
    [Fact]
    public async Task A_shipment_brings_the_partners_accrual_up_to_date_in_the_background()
    {
        await using var database = await TestDatabase.CreateAsync();
        var admin = await CallerAsync(database, DemoUsers.Admin);
        var regions = await RegionIdsAsync(database, "EAST");
        var policyId = await ActivateAsync(Policies(database, admin), MonthlyDraft(regions, 0));
        var p0001 = await database.PartnerIdAsync("P0001");
        var before = (await AccrualRowsAsync(database, policyId)).Single(a => a.PartnerId == p0001);
        Assert.Equal(0m, before.NetAmount);

        using var worker = new RebateAccrualWorker(database.Services.GetRequiredService<IServiceScopeFactory>(),
            database.Services.GetRequiredService<RebateRecalculationSignal>(),
            Options.Create(new RebateAccrualOptions { Debounce = TimeSpan.FromMilliseconds(50) }), TimeProvider.System,
            NullLogger<RebateAccrualWorker>.Instance);
        await worker.StartAsync(CancellationToken.None);
        try
        {
            // 4 × AC-1001 at 2,803.00 = 11,212.00 for P0001, shipped in full.
            var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
            var line = await ReservationAsync(database, orderId, "AC-1001");
            var shipped = await Shipments(database, await CallerAsync(database, DemoUsers.ManagerEast)).ShipAsync(orderId, line.WarehouseId, [(line.LineId, 4)]);
            Assert.True(shipped.Succeeded);

            var deadline = DateTime.UtcNow.AddSeconds(30);
            decimal netAmount;
            do
            {
                await Task.Delay(50);
                netAmount = (await AccrualRowsAsync(database, policyId)).Single(a => a.PartnerId == p0001).NetAmount;
            }
            while (netAmount == 0m && DateTime.UtcNow < deadline);

            var after = (await AccrualRowsAsync(database, policyId)).Single(a => a.PartnerId == p0001);
            // Tier 1 (from 10,000 at 1 %): 11,212.00 × 1 % = 112.12; 38,788.00 more to reach 2 %.
            Assert.Equal((11_212.00m, 1, 112.12m, 38_788.00m), (after.NetAmount, after.TierReached, after.Amount, after.MoreNeeded));
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }
}
