using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Rebates.RebateTestKit;

namespace PartnerPortal.Infrastructure.Tests.Rebates;

/// <summary>
/// The dealer's current rebates carry what reaching the next tier would bring, decided by the rebate rules over the stored
/// basis: an incremental band far above what the dealer bought adds nothing at its threshold, and the cap is not blamed.
/// </summary>
public sealed class MyRebateHintTests(HistoryDatabase history) : IClassFixture<HistoryDatabase>
{
    private TestDatabase Database => history.Database;

    /// <summary>A threshold far above any month the demo history holds.</summary>
    private const decimal FirstThreshold = 100_000_000m;

    [Theory]
    [InlineData(RebateMode.Incremental, NextTierGain.PaidAboveThreshold, "0")]      // the 1 % band is empty at its own threshold
    [InlineData(RebateMode.Retroactive, NextTierGain.RaisesUpToCap, "2000.00")]     // 100,000,000 × 1 % = 1,000,000, capped to 2,000
    public async Task A_first_tier_out_of_reach_is_described_by_what_it_would_really_add(RebateMode mode, NextTierGain gain, string additional)
    {
        var admin = await CallerAsync(Database, DemoUsers.Admin);
        var regions = await RegionIdsAsync(Database, "EAST");
        var p0001 = await Database.PartnerIdAsync("P0001");
        var name = $"远期返利 {mode}";
        await ActivateAsync(Policies(Database, admin), MonthlyDraft(regions, 0, new RebateTier(FirstThreshold, 1m), new RebateTier(2 * FirstThreshold, 2m)) with
        {
            Name = name, Mode = mode, CapPerPeriod = 2_000m, Stackable = true, PartnerTarget = RebatePartnerTarget.Partners, PartnerIds = [p0001],
        });
        var dealer = await CallerAsync(Database, DemoUsers.DealerP0001);

        var progress = (await MyRebates(Database, dealer).GetCurrentAsync()).Single(p => p.Name == name);

        Assert.Equal((0, 0m), (progress.TierReached, progress.Amount));
        var next = Assert.IsType<NextTierHint>(progress.Next);
        Assert.Equal(gain, next.Gain);
        Assert.Equal(FirstThreshold - progress.BasisSoFar, next.MoreNeeded);
        Assert.Equal(FirstThreshold, progress.NextThreshold);
        Assert.Equal(decimal.Parse(additional, System.Globalization.CultureInfo.InvariantCulture), next.AdditionalAmount);
    }
}
