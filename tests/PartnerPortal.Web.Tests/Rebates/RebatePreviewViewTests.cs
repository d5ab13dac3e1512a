using Bunit;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Rebates;
using PartnerPortal.Web.Components.Rebates;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Rebates;

public sealed class RebatePreviewViewTests : BunitTestContext
{
    private static RebatePreviewRow Row(int i, decimal basis, int tier, decimal? rate, decimal amount, bool capped = false) =>
        new(i, $"P{i:0000}", new LocalName($"经销商{i}", $"Dealer {i}"), PartnerTier.Core, basis, tier, rate, amount, capped);

    private IRenderedComponent<RebatePreviewView> RenderPreview(RebateBasis basis, params RebatePreviewRow[] rows) =>
        Render<RebatePreviewView>(p => p
            .Add(x => x.Preview, new RebatePreview("2025-Q4", new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31), rows))
            .Add(x => x.Basis, basis)
            .Add(x => x.RateKind, RebatePolicyRules.RateKindFor(basis)));

    [Fact]
    public void Shows_each_partner_with_the_total_cost_and_the_partners_earning()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderPreview(RebateBasis.NetAmount,
            Row(1, 120_000m, 2, 3m, 3_600m), Row(2, 8_000m, 1, 1m, 80m), Row(3, 0m, 0, null, 0m));

        Assert.Equal("¥3,680.00", cut.Find("[data-testid=preview-total]").TextContent);
        Assert.Equal("2 of 3", cut.Find("[data-testid=preview-earning]").TextContent);
        var first = cut.FindAll("[data-testid=preview-rows] tbody tr")[0].TextContent;
        Assert.Contains("P0001 · Dealer 1", first);
        Assert.Contains("¥120,000.00", first);
        Assert.Contains("3%", first);
        Assert.Contains("¥3,600.00", first);
        Assert.Contains("—", cut.FindAll("[data-testid=preview-rows] tbody tr")[2].TextContent);
        Assert.Empty(cut.FindAll(".mud-table-pagination"));
    }

    [Fact]
    public void A_quantity_basis_shows_units_and_yuan_per_unit_and_marks_capped_rows()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderPreview(RebateBasis.Quantity, Row(1, 1_250m, 2, 2.5m, 2_000m, capped: true));

        var row = cut.Find("[data-testid=preview-rows] tbody tr").TextContent;
        Assert.Contains("1,250 units", row);
        Assert.Contains("¥2.50 / unit", row);
        Assert.Contains("Capped", row);
    }

    [Fact]
    public void A_long_preview_is_paged()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderPreview(RebateBasis.NetAmount, Enumerable.Range(1, 45).Select(i => Row(i, 1_000m * i, 1, 1m, 10m * i)).ToArray());

        Assert.Equal(20, cut.FindAll("[data-testid=preview-rows] tbody tr").Count);
        Assert.NotEmpty(cut.FindAll(".mud-table-pagination"));
    }

    [Fact]
    public void Says_so_when_nobody_in_scope_bought_anything()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderPreview(RebateBasis.NetAmount);

        Assert.NotNull(cut.Find("[data-testid=preview-empty]"));
        Assert.Empty(cut.FindAll("[data-testid=preview-rows]"));
    }

    [Fact]
    public void Says_whether_the_period_has_ended_and_that_nothing_is_saved()
    {
        UseCulture(PortalCultures.English);
        var preview = new RebatePreview("2025-Q4", new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31), [Row(1, 8_000m, 1, 1m, 80m)]);

        var ended = Render<RebatePreviewView>(p => p.Add(x => x.Preview, preview).Add(x => x.Basis, RebateBasis.NetAmount));
        var caption = ended.Find("[data-testid=preview-caption]").TextContent.Trim();
        Assert.StartsWith("What this version's rules pay on the purchases shipped in ", caption);
        Assert.EndsWith(". Nothing is saved.", caption);
        Assert.DoesNotContain("so far", caption);

        var running = Render<RebatePreviewView>(p => p.Add(x => x.Preview, preview with { Running = true }).Add(x => x.Basis, RebateBasis.NetAmount));
        Assert.Contains("; the period has not ended. Nothing is saved.", running.Find("[data-testid=preview-caption]").TextContent);
        Assert.Contains("shipped so far in ", running.Find("[data-testid=preview-caption]").TextContent);
    }
}
