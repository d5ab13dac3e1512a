using Bunit;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Rebates;
using PartnerPortal.Web.Components.Rebates;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Rebates;

/// <summary>The past periods grid, fed by a stand-in for MyRebatesService.GetHistoryAsync.</summary>
public sealed class MyRebateHistoryTests : BunitTestContext
{
    private static readonly MyRebateHistoryRow Settled = new(
        AccrualId: 11, Code: "RB-AC", VersionNumber: 1, Name: "Air conditioners 2025 Q2", PeriodLabel: "2025-Q2",
        PeriodStart: new DateOnly(2025, 4, 1), PeriodEnd: new DateOnly(2025, 6, 30), Basis: RebateBasis.NetAmount,
        RateKind: RebateRateKind.Percent, BasisAchieved: 523_400m, TierReached: 3, Rate: 3m, Amount: 15_000m, Capped: true,
        SettledAt: new DateTimeOffset(2025, 7, 10, 12, 0, 0, TimeSpan.Zero), CreditNoteNumber: "CN-2025-0042");

    private static readonly MyRebateHistoryRow Accrued = new(
        AccrualId: 12, Code: "RB-WASH", VersionNumber: 3, Name: "Washing machines", PeriodLabel: "2025-07",
        PeriodStart: new DateOnly(2025, 7, 1), PeriodEnd: new DateOnly(2025, 7, 31), Basis: RebateBasis.Quantity,
        RateKind: RebateRateKind.AmountPerUnit, BasisAchieved: 1_240m, TierReached: 1, Rate: 2.5m, Amount: 3_100m, Capped: false,
        SettledAt: null, CreditNoteNumber: null);

    private readonly List<PageRequest> _requests = [];

    private IRenderedComponent<MyRebateHistory> RenderHistory(params MyRebateHistoryRow[] rows) =>
        Render<MyRebateHistory>(p => p.Add(x => x.Load, (request, _) =>
        {
            _requests.Add(request);
            return Task.FromResult(new PagedResult<MyRebateHistoryRow>(rows, rows.Length));
        }));

    [Fact]
    public void Shows_a_settled_period_with_its_credit_note_and_an_open_one_as_accrued()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderHistory(Settled, Accrued);

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=history-status]").Count));
        var rows = cut.FindAll("[data-testid=rebate-history] tbody tr.mud-table-row");
        var settled = rows[0].TextContent;
        Assert.Contains("2025-Q2", settled);
        Assert.Contains("RB-AC v1", settled);
        Assert.Contains("¥523,400.00", settled);
        Assert.Contains("Tier 3", settled);
        Assert.Contains("3%", settled);
        Assert.Contains("¥15,000.00", settled);
        Assert.Contains("Settled", settled);
        Assert.Contains("Credit note CN-2025-0042", settled);
        Assert.Contains("Capped", settled);

        var accrued = rows[1].TextContent;
        Assert.Contains("1,240 units", accrued);
        Assert.Contains("¥2.50 / unit", accrued);
        Assert.Contains("Accrued (not settled)", accrued);
        Assert.DoesNotContain("Capped", accrued);
        Assert.Single(cut.FindAll("[data-testid=history-capped]"));
    }

    [Fact]
    public void Asks_the_service_for_the_first_page()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderHistory(Settled);

        cut.WaitForAssertion(() => Assert.NotEmpty(_requests));
        Assert.Equal(0, _requests[0].Page);
        Assert.Equal(10, _requests[0].PageSize);
    }

    [Fact]
    public void Without_past_periods_says_so()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderHistory();

        cut.WaitForAssertion(() => Assert.Contains("No rebates from past periods yet.", cut.Find("[data-testid=rebate-history-empty]").TextContent));
    }
}
