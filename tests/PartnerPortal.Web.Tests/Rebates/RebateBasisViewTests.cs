using Bunit;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Rebates;
using PartnerPortal.Web.Components.Rebates;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Rebates;

/// <summary>The drill-down of an accrual or a true-up: its figures, policy version and the shipment lines it counted.</summary>
public sealed class RebateBasisViewTests : BunitTestContext
{
    private static readonly RebateBasisExplanation TrueUp = new(
        Id: 31, TrueUp: true, PolicyCode: "RB-AC", VersionNumber: 2, PolicyName: "Air conditioners", PeriodLabel: "2026-Q3",
        PeriodStart: new DateOnly(2026, 7, 1), PeriodEnd: new DateOnly(2026, 9, 30), Basis: RebateBasis.NetAmount,
        Mode: RebateMode.Retroactive, RateKind: RebateRateKind.Percent, Tiers: [], CapPerPeriod: null,
        PartnerCode: "D-001", PartnerName: new LocalName("华东电器", "East Appliances"), BasisFigure: 510_000m, BasisBefore: 500_000m,
        TierReached: 3, Rate: 3m, Amount: 300m, SettledAt: new DateTimeOffset(2026, 10, 5, 8, 0, 0, TimeSpan.Zero));

    private static readonly RebateBasisExplanation Accrual = TrueUp with
    {
        Id = 11, TrueUp = false, VersionNumber = 1, BasisFigure = 500_000m, BasisBefore = null, Amount = 15_000m, SettledAt = null,
    };

    private static readonly RebateBasisLineRow Counted = new(
        ShipmentLineId: 1, DocumentNumber: "SH-2026-0401", OrderNumber: "SO-2026-0300", ShippedOn: new DateOnly(2026, 9, 2),
        RecordedOn: new DateOnly(2026, 9, 2), Sku: "AC-12", ProductName: "挂机空调", ProductNameEn: "Wall AC", Quantity: 100,
        Amount: 500_000m, AfterSettlement: false);

    private static readonly RebateBasisLineRow Late = new(
        ShipmentLineId: 2, DocumentNumber: "SH-2026-0456", OrderNumber: "SO-2026-0321", ShippedOn: new DateOnly(2026, 9, 29),
        RecordedOn: new DateOnly(2026, 10, 8), Sku: "AC-12", ProductName: "挂机空调", ProductNameEn: "Wall AC", Quantity: 2,
        Amount: 10_000m, AfterSettlement: true);

    private static readonly RebateBasisLineRow Returned = Counted with
    {
        ShipmentLineId = 1, RecordedOn = new DateOnly(2026, 10, 12), Quantity = -3, Amount = -15_000m, AfterSettlement = true,
        ReturnNumber = "RMA-202610-00004",
    };

    private readonly List<PageRequest> _requests = [];

    private IRenderedComponent<RebateBasisView> RenderView(RebateBasisExplanation explanation, params RebateBasisLineRow[] lines) =>
        Render<RebateBasisView>(p => p
            .Add(x => x.Explanation, explanation)
            .Add(x => x.Load, (request, _) =>
            {
                _requests.Add(request);
                return Task.FromResult(new PagedResult<RebateBasisLineRow>(lines, lines.Length));
            }));

    [Fact]
    public void A_true_up_shows_its_difference_policy_version_basis_then_and_now_and_the_lines_posted_after_settlement()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(TrueUp, Counted, Late);

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=basis-document]").Count));
        Assert.Equal("true-up of 2026-Q3 (v2): +¥300.00", cut.Find("[data-testid=basis-title]").TextContent.Trim());
        Assert.Contains("RB-AC v2", cut.Find("[data-testid=basis-policy]").TextContent);
        var figure = cut.Find("[data-testid=basis-figure]").TextContent;
        Assert.Contains("Basis: ¥500,000.00 when settled, ¥510,000.00 now", figure);
        Assert.Contains("Tier 3", figure);
        Assert.Contains("3%", figure);
        Assert.Contains("2026-10-05", cut.Find("[data-testid=basis-summary]").TextContent);

        var rows = cut.FindAll("[data-testid=basis-lines] tbody tr.mud-table-row");
        Assert.Contains("SH-2026-0401", rows[0].TextContent);
        Assert.Contains("2026-09-02", rows[0].TextContent);
        Assert.Empty(rows[0].QuerySelectorAll("[data-testid=basis-after-settlement]"));
        Assert.Contains("SH-2026-0456", rows[1].TextContent);
        Assert.Contains("2026-09-29", rows[1].TextContent);
        Assert.Contains("2026-10-08", rows[1].TextContent);
        Assert.Contains("Wall AC", rows[1].TextContent);
        Assert.Contains("¥10,000.00", rows[1].TextContent);
        Assert.Single(rows[1].QuerySelectorAll("[data-testid=basis-after-settlement]"));
        Assert.Equal(0, _requests[0].Page);
    }

    [Fact]
    public void An_accrual_reads_in_Chinese()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = RenderView(Accrual, Counted);

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=basis-document]")));
        Assert.Equal("2026-Q3 的计提（v1）：¥15,000.00", cut.Find("[data-testid=basis-title]").TextContent.Trim());
        Assert.Contains("计算基数：¥500,000.00", cut.Find("[data-testid=basis-figure]").TextContent);
        Assert.Contains("挂机空调", cut.Find("[data-testid=basis-lines]").TextContent);
    }

    [Fact]
    public void A_return_line_names_its_return_on_the_shipment_it_reverses_in_both_languages()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderView(TrueUp, Counted, Returned);

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=basis-lines] tbody tr.mud-table-row").Count));
        var rows = cut.FindAll("[data-testid=basis-lines] tbody tr.mud-table-row");
        Assert.Empty(rows[0].QuerySelectorAll("[data-testid=basis-return]"));
        Assert.Equal("returned: RMA-202610-00004", rows[1].QuerySelector("[data-testid=basis-return]")!.TextContent.Trim());
        Assert.Contains("SH-2026-0401", rows[1].TextContent);
        Assert.Contains("2026-09-02", rows[1].TextContent);
        Assert.Contains("2026-10-12", rows[1].TextContent);
        Assert.Contains("-¥15,000.00", rows[1].TextContent.Replace('\u2212', '-'));

        UseCulture(PortalCultures.Chinese);
        var chinese = RenderView(TrueUp, Returned);
        chinese.WaitForAssertion(() => Assert.Equal("退货：RMA-202610-00004", chinese.Find("[data-testid=basis-return]").TextContent.Trim()));
    }

    [Fact]
    public void Says_when_nothing_counted()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(Accrual);

        cut.WaitForAssertion(() => Assert.Contains("Nothing counted towards this rebate in the period.",
            cut.Find("[data-testid=basis-lines-empty]").TextContent));
    }
}
