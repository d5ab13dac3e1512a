using Bunit;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Web.Components.Rebates;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Rebates;

/// <summary>The tier editor shows the rules' problems in the row and field they concern, and edits its rows.</summary>
public sealed class TierEditorTests : BunitTestContext
{
    private IRenderedComponent<TierEditor> RenderValidated(RebateBasis basis, params (decimal Threshold, decimal Rate)[] tiers)
    {
        var rows = tiers.Select(t => new TierForm { Threshold = t.Threshold, Rate = t.Rate }).ToList();
        // What the editor page does before saving: the policy's own rules, here for the tiers alone.
        var scheme = new RebateScheme(basis, RebateMode.Retroactive, RebatePolicyRules.RateKindFor(basis),
            rows.Select(r => new RebateTier(r.Threshold, r.Rate)).ToList(), null);
        var problems = new FieldProblems(RebateSchemeRules.Validate(scheme));
        return Render<TierEditor>(p => p
            .Add(x => x.Rows, rows)
            .Add(x => x.RateKind, RebatePolicyRules.RateKindFor(basis))
            .Add(x => x.Problems, problems));
    }

    private static string Row(IRenderedComponent<TierEditor> cut, int index) => cut.FindAll("[data-testid=tier-row]")[index].TextContent;

    [Fact]
    public void A_threshold_not_above_the_previous_one_is_marked_in_its_row()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderValidated(RebateBasis.NetAmount, (0m, 1m), (50_000m, 2m), (50_000m, 3m));

        Assert.Contains("Threshold: must be higher than the previous tier's threshold.", Row(cut, 2));
        Assert.DoesNotContain("must be higher", Row(cut, 0) + Row(cut, 1));
        Assert.Empty(cut.FindAll("[data-testid=tiers-problem]"));
    }

    [Fact]
    public void A_negative_rate_is_marked_in_its_row()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderValidated(RebateBasis.Quantity, (0m, 1m), (100m, -0.5m));

        Assert.Contains("Rate: cannot be negative.", Row(cut, 1));
        Assert.DoesNotContain("cannot be negative", Row(cut, 0));
    }

    [Fact]
    public void A_percent_over_100_is_out_of_range()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderValidated(RebateBasis.NetAmount, (0m, 3m), (10_000m, 120m));

        Assert.Contains("Rate: must be between 0 and 100.", Row(cut, 1));
    }

    [Fact]
    public void More_than_100_yuan_per_unit_is_allowed()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderValidated(RebateBasis.Quantity, (0m, 120m));

        Assert.DoesNotContain("must be between", cut.Markup);
    }

    [Fact]
    public void Without_tiers_says_they_are_required_below_the_rows()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = RenderValidated(RebateBasis.NetAmount);

        Assert.Empty(cut.FindAll("[data-testid=tier-row]"));
        Assert.Contains("必填。", cut.Find("[data-testid=tiers-problem]").TextContent);
    }

    [Fact]
    public void Shows_problems_in_Chinese()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = RenderValidated(RebateBasis.NetAmount, (1_000m, 3m), (500m, 150m));

        var row = Row(cut, 1);
        Assert.Contains("必须高于上一档的门槛。", row);
        Assert.Contains("必须在 0 到 100 之间。", row);
        Assert.DoesNotContain("Problem.", cut.Markup);
    }

    [Theory]
    [InlineData(RebateBasis.NetAmount, "%", "¥")]
    [InlineData(RebateBasis.Quantity, "¥ per unit", "units")]
    public void The_units_follow_the_basis(RebateBasis basis, string rateUnit, string thresholdUnit)
    {
        UseCulture(PortalCultures.English);

        var cut = RenderValidated(basis, (0m, 1m));

        var adornments = cut.FindAll("[data-testid=tier-row] .mud-input-adornment").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains(rateUnit, adornments);
        Assert.Contains(thresholdUnit, adornments);
    }

    [Fact]
    public void Adds_and_removes_rows_and_says_so()
    {
        var rows = new List<TierForm> { new() { Threshold = 0m, Rate = 1m } };
        var changes = 0;
        var cut = Render<TierEditor>(p => p.Add(x => x.Rows, rows).Add(x => x.Changed, () => changes++));

        cut.Find("[data-testid=add-tier]").Click();
        Assert.Equal(2, rows.Count);
        Assert.Equal(2, cut.FindAll("[data-testid=tier-row]").Count);

        cut.FindAll("[data-testid=remove-tier]")[0].Click();
        Assert.Single(rows);
        Assert.Equal(0m, rows[0].Threshold);
        Assert.Equal(0m, rows[0].Rate);
        Assert.Equal(2, changes);
    }
}
