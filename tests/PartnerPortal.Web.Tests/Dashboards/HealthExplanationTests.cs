using Bunit;
using PartnerPortal.Domain.Dashboards;
using PartnerPortal.Infrastructure.Dashboards;
using PartnerPortal.Web.Components.Dashboards;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Dashboards;

/// <summary>The per-factor explanation of a partner's health score, from hand-checked figures.</summary>
public sealed class HealthExplanationTests : BunitTestContext
{
    private IRenderedComponent<PartnerHealthExplanation> Explain(PartnerHealthRow row) =>
        Render<PartnerHealthExplanation>(p => p.Add(x => x.Row, row));

    private static string Line(IRenderedComponent<PartnerHealthExplanation> cut, HealthFactor factor) =>
        cut.Find($"[data-testid=health-factor-{factor}]").TextContent.Trim();

    [Fact]
    public void The_hand_checked_figures_score_as_the_tests_expect()
    {
        var healthy = HealthFigures.Row(1, "P0001", "恒通", HealthFigures.Healthy).Health;
        Assert.Equal(73, healthy.Score);
        Assert.Equal([21m, 16.7m, 20m, 7.5m, 7.5m], healthy.Factors.Select(f => f.Points));
        Assert.Equal([30m, 20m, 25m, 10m, 15m], healthy.Factors.Select(f => f.MaxPoints));

        var atRisk = HealthFigures.Row(2, "P0002", "远大", HealthFigures.AtRisk).Health;
        Assert.Equal(13, atRisk.Score);
        Assert.Equal(HealthBand.AtRisk, atRisk.Band);
        Assert.Equal([0m, 7.4m, 0m, 0m, 5.6m], atRisk.Factors.Select(f => f.Points));
        Assert.Equal([33.3m, 22.2m, 27.8m, 0m, 16.7m], atRisk.Factors.Select(f => f.MaxPoints));
    }

    [Fact]
    public void Explains_every_factor_with_the_figures_behind_it_and_the_points_it_earned()
    {
        UseCulture(PortalCultures.English);

        var cut = Explain(HealthFigures.Row(1, "P0001", "恒通", HealthFigures.Healthy));

        Assert.Equal("Purchase growth: ¥120,000.00 in the last 3 months vs ¥100,000.00 a year earlier (+20.0%) → 21 of 30 points",
            Line(cut, HealthFactor.PurchaseGrowth));
        Assert.Equal("Order regularity: bought in 5 of the last 6 months → 16.7 of 20 points", Line(cut, HealthFactor.OrderRegularity));
        Assert.Equal("Overdue exposure: 10.0% of the balance is overdue (¥5,000.00 of ¥50,000.00) → 20 of 25 points",
            Line(cut, HealthFactor.OverdueExposure));
        Assert.Equal("Training completion: 3 of 4 courses passed → 7.5 of 10 points", Line(cut, HealthFactor.TrainingCompletion));
        Assert.Equal("Rebate attainment: a tier reached in 2 of 4 periods → 7.5 of 15 points", Line(cut, HealthFactor.RebateAttainment));
        Assert.Contains("Score 73 of 100", cut.Find("[data-testid=health-explanation-score]").TextContent);
        Assert.Contains("Healthy", cut.Find("[data-testid=health-explanation-score]").TextContent);
    }

    [Fact]
    public void A_factor_that_does_not_apply_says_why_and_earns_no_points()
    {
        UseCulture(PortalCultures.English);

        var cut = Explain(HealthFigures.Row(2, "P0002", "远大", HealthFigures.AtRisk));

        Assert.Equal("Training completion: does not apply (no course assigned)", Line(cut, HealthFactor.TrainingCompletion));
        Assert.Equal("false", cut.Find("[data-testid=health-factor-TrainingCompletion]").GetAttribute("data-applies"));
        Assert.Equal("Purchase growth: ¥40,000.00 in the last 3 months vs ¥80,000.00 a year earlier (-50.0%) → 0 of 33.3 points",
            Line(cut, HealthFactor.PurchaseGrowth));
        Assert.Equal("Overdue exposure: 60.0% of the balance is overdue (¥60,000.00 of ¥100,000.00) → 0 of 27.8 points",
            Line(cut, HealthFactor.OverdueExposure));
        Assert.Equal("Rebate attainment: a tier reached in 1 of 3 periods → 5.6 of 16.7 points", Line(cut, HealthFactor.RebateAttainment));
        Assert.Contains("At risk", cut.Find("[data-testid=health-explanation-score]").TextContent);
    }

    [Fact]
    public void A_new_partner_with_nothing_owed_and_no_rebate_period_is_explained_without_made_up_figures()
    {
        UseCulture(PortalCultures.English);

        var cut = Explain(HealthFigures.Row(3, "P0003", "新锐", HealthFigures.Newcomer));

        Assert.Equal("Purchase growth: ¥10,000.00 in the last 3 months, nothing a year earlier → 40 of 40 points",
            Line(cut, HealthFactor.PurchaseGrowth));
        Assert.Equal("Order regularity: bought in 3 of the last 6 months → 13.3 of 26.7 points", Line(cut, HealthFactor.OrderRegularity));
        Assert.Equal("Overdue exposure: nothing is overdue → 33.3 of 33.3 points", Line(cut, HealthFactor.OverdueExposure));
        Assert.Equal("Rebate attainment: does not apply (no rebate period ended in the last 12 months)", Line(cut, HealthFactor.RebateAttainment));
    }

    [Fact]
    public void Nothing_shipped_in_either_window_says_so()
    {
        UseCulture(PortalCultures.English);
        var idle = HealthFigures.Newcomer with { ShippedRecent = 0m, MonthsWithPurchases = 0 };

        var cut = Explain(HealthFigures.Row(4, "P0004", "静默", idle));

        Assert.StartsWith("Purchase growth: nothing shipped in the last 3 months, nor a year earlier → 0 of 40 points",
            Line(cut, HealthFactor.PurchaseGrowth));
    }

    [Fact]
    public void The_compact_points_show_each_factor_of_its_maximum_and_a_dash_when_it_does_not_apply()
    {
        UseCulture(PortalCultures.English);

        var cut = Render<HealthFactorPoints>(p => p.Add(x => x.Score, HealthFigures.Row(2, "P0002", "远大", HealthFigures.AtRisk).Health));

        Assert.Equal("Purchase growth 0/33.3", cut.Find("[data-testid=health-points-PurchaseGrowth]").TextContent.Trim());
        Assert.Equal("Order regularity 7.4/22.2", cut.Find("[data-testid=health-points-OrderRegularity]").TextContent.Trim());
        Assert.Equal("Training completion —", cut.Find("[data-testid=health-points-TrainingCompletion]").TextContent.Trim());
    }

    [Fact]
    public void The_weights_note_says_where_the_weights_come_from_and_the_most_each_factor_can_earn()
    {
        UseCulture(PortalCultures.English);

        var cut = Render<PartnerHealthWeightsNote>(p => p.Add(x => x.Weights, PartnerHealthWeights.Default));

        var note = cut.Find("[data-testid=health-weights]").TextContent;
        Assert.Contains("weighted as the portal's administrator has set them", note);
        Assert.DoesNotContain("Dashboards:HealthWeights", note);
        Assert.Equal("Purchase growth up to 30 points", Squash(cut.Find("[data-testid=health-weight-PurchaseGrowth]").TextContent));
        Assert.Equal("Overdue exposure up to 25 points", Squash(cut.Find("[data-testid=health-weight-OverdueExposure]").TextContent));
        Assert.Equal("Rebate attainment up to 15 points", Squash(cut.Find("[data-testid=health-weight-RebateAttainment]").TextContent));
    }

    [Fact]
    public void The_weights_note_follows_configured_weights_and_marks_a_factor_left_out()
    {
        UseCulture(PortalCultures.English);

        var cut = Render<PartnerHealthWeightsNote>(p => p.Add(x => x.Weights, new PartnerHealthWeights(1, 1, 1, 0, 1)));

        Assert.Equal("Purchase growth up to 25 points", Squash(cut.Find("[data-testid=health-weight-PurchaseGrowth]").TextContent));
        Assert.Equal("Training completion not counted (weight 0)", Squash(cut.Find("[data-testid=health-weight-TrainingCompletion]").TextContent));
    }

    [Fact]
    public void Explains_in_Chinese()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = Explain(HealthFigures.Row(2, "P0002", "远大", HealthFigures.AtRisk));

        Assert.Equal("培训完成率：不适用（未分配课程）", Line(cut, HealthFactor.TrainingCompletion));
        var growth = Line(cut, HealthFactor.PurchaseGrowth);
        Assert.StartsWith("采购增长：", growth);
        Assert.Contains("¥40,000.00", growth);
        Assert.Contains("-50.0%", growth);
        Assert.Contains("风险", cut.Find("[data-testid=health-explanation-score]").TextContent);
    }

    [Fact]
    public void The_weights_note_in_Chinese_has_no_setting_key()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = Render<PartnerHealthWeightsNote>(p => p.Add(x => x.Weights, PartnerHealthWeights.Default));

        var note = cut.Find("[data-testid=health-weights]").TextContent;
        Assert.Contains("权重由系统管理员设置", note);
        Assert.DoesNotMatch("[A-Za-z]+:[A-Za-z]+", note);
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
