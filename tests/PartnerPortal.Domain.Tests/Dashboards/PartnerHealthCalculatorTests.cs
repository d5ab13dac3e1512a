using PartnerPortal.Domain.Dashboards;

namespace PartnerPortal.Domain.Tests.Dashboards;

/// <summary>Health scores worked out by hand with the default weights 30 / 20 / 25 / 10 / 15 unless a test says otherwise.</summary>
public class PartnerHealthCalculatorTests
{
    private static readonly PartnerHealthWeights Weights = PartnerHealthWeights.Default;

    private static PartnerHealthInput Input(decimal recent = 100_000m, decimal yearBefore = 100_000m, int months = 6, decimal balance = 0m,
        decimal overdue = 0m, int assigned = 0, int passed = 0, int periods = 0, int withTier = 0) =>
        new(recent, yearBefore, months, balance, overdue, assigned, passed, periods, withTier);

    private static decimal[] Points(PartnerHealthScore s) => s.Factors.Select(f => f.Points).ToArray();

    [Fact]
    public void A_typical_partner_scores_the_weighted_sum_of_its_factors()
    {
        // Growth +20 % → (0.2 + 0.5) / 1.0 = 0.7 → 21 of 30. Bought in 5 of 6 months → 16.666… of 20.
        // 5,000 of 50,000 overdue = 10 % → 1 − 0.1 / 0.5 = 0.8 → 20 of 25. 3 of 4 courses → 7.5 of 10. 2 of 4 periods → 7.5 of 15.
        // Sum 72.666… → 73.
        var score = PartnerHealthCalculator.Calculate(
            Input(recent: 120_000m, yearBefore: 100_000m, months: 5, balance: 50_000m, overdue: 5_000m, assigned: 4, passed: 3,
                periods: 4, withTier: 2), Weights);

        Assert.Equal(73, score.Score);
        Assert.Equal(HealthBand.Healthy, score.Band);
        Assert.Equal([21.0m, 16.7m, 20.0m, 7.5m, 7.5m], Points(score));
        Assert.Equal([30m, 20m, 25m, 10m, 15m], score.Factors.Select(f => f.MaxPoints));
        Assert.Equal(0.7m, score[HealthFactor.PurchaseGrowth].Attainment);
        Assert.Equal(0.2m, score[HealthFactor.PurchaseGrowth].Measure);
        Assert.Equal(5m, score[HealthFactor.OrderRegularity].Measure);
        Assert.Equal(0.1m, score[HealthFactor.OverdueExposure].Measure);
        Assert.Equal(0.75m, score[HealthFactor.TrainingCompletion].Measure);
        Assert.Equal(0.5m, score[HealthFactor.RebateAttainment].Measure);
    }

    [Fact]
    public void A_partner_doing_well_on_everything_scores_100()
    {
        var score = PartnerHealthCalculator.Calculate(
            Input(recent: 150_000m, yearBefore: 100_000m, months: 6, balance: 80_000m, overdue: 0m, assigned: 2, passed: 2,
                periods: 3, withTier: 3), Weights);

        Assert.Equal(100, score.Score);
        Assert.Equal([30m, 20m, 25m, 10m, 15m], Points(score));
    }

    [Fact]
    public void A_partner_doing_badly_on_everything_scores_0()
    {
        // −60 % growth, no month with purchases, 60 % of the balance overdue, no course passed, no tier reached.
        var score = PartnerHealthCalculator.Calculate(
            Input(recent: 40_000m, yearBefore: 100_000m, months: 0, balance: 10_000m, overdue: 6_000m, assigned: 3, passed: 0,
                periods: 4, withTier: 0), Weights);

        Assert.Equal(0, score.Score);
        Assert.Equal(HealthBand.AtRisk, score.Band);
        Assert.All(score.Factors, f => Assert.Equal(0m, f.Points));
    }

    [Fact]
    public void Factors_that_do_not_apply_hand_their_share_to_the_others()
    {
        // No course assigned, no rebate period: 30 + 20 + 25 = 75 apply → maxima 40, 26.666…, 33.333….
        // Flat growth → 0.5 → 20; 3 of 6 months → 13.333…; nothing overdue → 33.333…. Sum 66.666… → 67.
        var score = PartnerHealthCalculator.Calculate(Input(months: 3), Weights);

        Assert.Equal(67, score.Score);
        Assert.Equal(HealthBand.Watch, score.Band);
        Assert.Equal([20.0m, 13.3m, 33.3m, 0m, 0m], Points(score));
        Assert.Equal([40.0m, 26.7m, 33.3m, 0m, 0m], score.Factors.Select(f => f.MaxPoints));
        Assert.False(score[HealthFactor.TrainingCompletion].Applies);
        Assert.Null(score[HealthFactor.TrainingCompletion].Measure);
        Assert.False(score[HealthFactor.RebateAttainment].Applies);
    }

    [Theory]
    [InlineData(50_000, 100_000, 0)]        // −50 %: the floor
    [InlineData(40_000, 100_000, 0)]        // below the floor
    [InlineData(75_000, 100_000, 0.25)]     // −25 %
    [InlineData(100_000, 100_000, 0.5)]     // flat
    [InlineData(150_000, 100_000, 1)]       // +50 %: the ceiling
    [InlineData(300_000, 100_000, 1)]       // above the ceiling
    [InlineData(5_000, 0, 1)]               // nothing a year before, buying now: new business
    [InlineData(0, 0, 0)]                   // nothing then, nothing now
    public void Purchase_growth_rises_in_a_straight_line_from_minus_50_to_plus_50_percent(decimal recent, decimal yearBefore, decimal attainment)
    {
        var score = PartnerHealthCalculator.Calculate(Input(recent: recent, yearBefore: yearBefore), Weights);

        Assert.Equal(attainment, score[HealthFactor.PurchaseGrowth].Attainment);
        Assert.Equal(yearBefore == 0 ? null : (recent - yearBefore) / yearBefore, score[HealthFactor.PurchaseGrowth].Measure);
    }

    [Theory]
    [InlineData(10_000, 0, 1)]          // nothing overdue
    [InlineData(10_000, 2_500, 0.5)]    // a quarter overdue
    [InlineData(10_000, 5_000, 0)]      // half overdue: nothing left
    [InlineData(10_000, 12_000, 0)]     // more overdue than owed (payments not yet applied): capped at the whole balance
    [InlineData(0, 0, 1)]               // owes nothing
    [InlineData(-500, 300, 1)]          // in credit: overdue invoices are covered by money already paid
    public void Overdue_exposure_falls_to_nothing_when_half_the_balance_is_overdue(decimal balance, decimal overdue, decimal attainment)
    {
        var score = PartnerHealthCalculator.Calculate(Input(balance: balance, overdue: overdue), Weights);

        Assert.Equal(attainment, score[HealthFactor.OverdueExposure].Attainment);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 0.5)]
    [InlineData(6, 1)]
    [InlineData(9, 1)]      // more than the window cannot count more than the window
    public void Order_regularity_is_the_share_of_the_last_six_months_with_purchases(int months, decimal attainment)
    {
        var score = PartnerHealthCalculator.Calculate(Input(months: months), Weights);

        Assert.Equal(attainment, score[HealthFactor.OrderRegularity].Attainment);
    }

    [Fact]
    public void Settings_weights_change_the_shares()
    {
        // Only growth (1) and overdue (3) count: growth +20 % → 0.7 × 25 = 17.5; 25 % overdue → 0.5 × 75 = 37.5. 55.
        var weights = new PartnerHealthWeights(1, 0, 3, 0, 0);
        var score = PartnerHealthCalculator.Calculate(Input(recent: 120_000m, balance: 10_000m, overdue: 2_500m, months: 6, assigned: 2, passed: 2), weights);

        Assert.Equal(55, score.Score);
        Assert.Equal([17.5m, 0m, 37.5m, 0m, 0m], Points(score));
        Assert.Equal([25m, 0m, 75m, 0m, 0m], score.Factors.Select(f => f.MaxPoints));
        Assert.True(score[HealthFactor.TrainingCompletion].Applies); // it applies; its weight is just 0
    }

    [Fact]
    public void With_no_weight_that_applies_the_score_is_0()
    {
        var score = PartnerHealthCalculator.Calculate(Input(), new PartnerHealthWeights(0, 0, 0, 5, 5));

        Assert.Equal(0, score.Score);
        Assert.All(score.Factors, f => Assert.Equal(0m, f.MaxPoints));
    }

    [Theory]
    [InlineData(70, HealthBand.Healthy)]
    [InlineData(69, HealthBand.Watch)]
    [InlineData(40, HealthBand.Watch)]
    [InlineData(39, HealthBand.AtRisk)]
    public void Bands_start_at_70_and_40(int value, HealthBand band) =>
        Assert.Equal(band, new PartnerHealthScore(value, []).Band);

    [Fact]
    public void A_half_point_rounds_up()
    {
        // Weights 1 each on growth and regularity: flat growth 0.5 → 25; 0 months → 0. Nothing else weighs. Growth at
        // +1 % → 0.51 → 25.5 → 26.
        var weights = new PartnerHealthWeights(1, 1, 0, 0, 0);
        Assert.Equal(25, PartnerHealthCalculator.Calculate(Input(months: 0), weights).Score);
        Assert.Equal(26, PartnerHealthCalculator.Calculate(Input(recent: 101_000m, months: 0), weights).Score);
    }

    [Fact]
    public void Weights_are_checked_for_the_operator()
    {
        Assert.Empty(PartnerHealthWeights.Default.Validate());
        Assert.Contains("PurchaseGrowth", Assert.Single(new PartnerHealthWeights(-1, 20, 25, 10, 15).Validate()));
        Assert.Contains("RebateAttainment", Assert.Single(new PartnerHealthWeights(30, 20, 25, 10, 1001).Validate()));
        Assert.Single(new PartnerHealthWeights(0, 0, 0, 0, 0).Validate());
    }
}
