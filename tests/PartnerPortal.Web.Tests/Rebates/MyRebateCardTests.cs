using Bunit;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Rebates;
using PartnerPortal.Web.Components.Rebates;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Rebates;

/// <summary>The dealer's card for one policy in the current period, rendered from hand-made figures.</summary>
public sealed class MyRebateCardTests : BunitTestContext
{
    private static readonly DateTimeOffset CalculatedAt = new(2025, 8, 15, 9, 30, 0, TimeSpan.Zero);

    /// <summary>Net amount, retroactive, percent: ¥461,800 reaches tier 2 (2 %); ¥500,000 would pay 3 % on everything.</summary>
    internal static MyRebateProgress OnAmount() => new(
        AccrualId: 1, Code: "RB-AC", VersionNumber: 2, Name: "Air conditioners 2025 Q3", PeriodLabel: "2025-Q3",
        PeriodStart: new DateOnly(2025, 7, 1), PeriodEnd: new DateOnly(2025, 9, 30),
        Basis: RebateBasis.NetAmount, Mode: RebateMode.Retroactive, RateKind: RebateRateKind.Percent,
        Tiers: [new RebateTier(100_000m, 1m), new RebateTier(200_000m, 2m), new RebateTier(500_000m, 3m)], CapPerPeriod: null,
        BasisSoFar: 461_800m, TierReached: 2, Rate: 2m, Amount: 9_236m, Capped: false,
        Next: new NextTierHint(38_200m, 3m, 15_000m, 5_764m, NextTierGain.Raises), CalculatedAt: CalculatedAt);

    /// <summary>Quantity, incremental, yuan per unit: 880 units reach tier 2; 120 more reach ¥3.00 / unit.</summary>
    internal static MyRebateProgress OnQuantity() => new(
        AccrualId: 2, Code: "RB-WASH", VersionNumber: 1, Name: "Washing machines", PeriodLabel: "2025-08",
        PeriodStart: new DateOnly(2025, 8, 1), PeriodEnd: new DateOnly(2025, 8, 31),
        Basis: RebateBasis.Quantity, Mode: RebateMode.Incremental, RateKind: RebateRateKind.AmountPerUnit,
        Tiers: [new RebateTier(100m, 1.5m), new RebateTier(500m, 2.5m), new RebateTier(1_000m, 3m)], CapPerPeriod: null,
        BasisSoFar: 880m, TierReached: 2, Rate: 2.5m, Amount: 1_550m, Capped: false,
        Next: new NextTierHint(120m, 3m, 1_850m, 300m, NextTierGain.Raises), CalculatedAt: CalculatedAt);

    private IRenderedComponent<MyRebateCard> RenderCard(MyRebateProgress progress) =>
        Render<MyRebateCard>(p => p.Add(x => x.Progress, progress));

    private static string Text(IRenderedComponent<MyRebateCard> cut, string testId) =>
        cut.Find($"[data-testid={testId}]").TextContent.Trim();

    [Fact]
    public void Shows_the_policy_period_and_figures_on_a_net_amount_basis()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(OnAmount());

        Assert.Equal("Air conditioners 2025 Q3", Text(cut, "rebate-name"));
        var policy = Text(cut, "rebate-policy");
        Assert.Contains("RB-AC v2", policy);
        Assert.Contains("2025-Q3", policy);
        Assert.Contains("2025-07-01 – 2025-09-30", policy);
        Assert.Equal("¥461,800.00", Text(cut, "rebate-basis"));
        Assert.Equal("Tier 2 · 2%", Text(cut, "rebate-tier"));
        Assert.Equal("¥9,236.00", Text(cut, "rebate-amount"));
        Assert.Empty(cut.FindAll("[data-testid=rebate-capped]"));
        Assert.Contains("Calculated at", Text(cut, "rebate-calculated"));
    }

    [Fact]
    public void The_hint_on_a_net_amount_basis_names_the_amount_the_rate_and_the_gain()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(OnAmount());

        Assert.Equal("¥38,200.00 more to reach 3% — worth ¥5,764.00 more", Text(cut, "rebate-hint"));
    }

    [Fact]
    public void The_hint_on_a_quantity_basis_counts_units_and_the_rate_per_unit()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(OnQuantity());

        // Incremental: the 300 is what the 120 units earn at ¥2.50; the ¥3.00 band pays on the units after 1,000.
        Assert.Equal("120 more units to reach ¥3.00 / unit — worth ¥300.00 more, then ¥3.00 / unit on units above 1,000", Text(cut, "rebate-hint"));
        Assert.Equal("880 units", Text(cut, "rebate-basis"));
        Assert.Equal("Tier 2 · ¥2.50 / unit", Text(cut, "rebate-tier"));
        Assert.Contains("Each band is paid at its own rate.", Text(cut, "rebate-mode"));
    }

    [Fact]
    public void The_tiers_table_lists_every_threshold_and_rate_and_marks_the_one_reached()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(OnAmount());

        var rows = cut.FindAll("[data-testid=rebate-tier-row]");
        Assert.Equal(3, rows.Count);
        Assert.Contains("¥100,000.00", rows[0].TextContent);
        Assert.Contains("1%", rows[0].TextContent);
        Assert.Contains("¥500,000.00", rows[2].TextContent);
        Assert.Contains("3%", rows[2].TextContent);
        var reached = Assert.Single(cut.FindAll("[data-testid=rebate-tier-row][data-reached]"));
        Assert.Contains("Tier 2", reached.TextContent);
        Assert.Contains("The reached tier's rate applies to all purchases in the period.", Text(cut, "rebate-mode"));
    }

    [Fact]
    public void The_tiers_table_counts_units_on_a_quantity_basis()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(OnQuantity());

        var rows = cut.FindAll("[data-testid=rebate-tier-row]");
        Assert.Contains("1,000 units", rows[2].TextContent);
        Assert.Contains("¥1.50 / unit", rows[0].TextContent);
    }

    [Fact]
    public void The_progress_bar_shows_the_share_of_the_next_threshold()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(OnQuantity()); // 880 of 1,000

        Assert.Equal("88", cut.Find("[data-testid=rebate-progress]").GetAttribute("aria-valuenow"));
    }

    [Fact]
    public void At_the_top_tier_says_so_and_fills_the_bar()
    {
        UseCulture(PortalCultures.English);
        var top = OnAmount() with
        {
            BasisSoFar = 612_000m, TierReached = 3, Rate = 3m, Amount = 18_360m, Next = null,
        };

        var cut = RenderCard(top);

        Assert.Equal("Top tier reached", Text(cut, "rebate-hint"));
        Assert.Equal("Tier 3 · 3%", Text(cut, "rebate-tier"));
        Assert.Equal("100", cut.Find("[data-testid=rebate-progress]").GetAttribute("aria-valuenow"));
    }

    [Fact]
    public void When_the_cap_already_binds_the_hint_says_the_cap_is_reached_instead_of_a_zero_gain()
    {
        UseCulture(PortalCultures.English);
        var capped = OnAmount() with
        {
            CapPerPeriod = 9_000m, Amount = 9_000m, Capped = true, Next = new NextTierHint(38_200m, 3m, 9_000m, 0m, NextTierGain.CapAlreadyReached),
        };

        var cut = RenderCard(capped);

        var hint = Text(cut, "rebate-hint");
        Assert.Equal("¥38,200.00 more to reach 3% — but the cap of ¥9,000.00 is already reached", hint);
        Assert.DoesNotContain("¥0.00", hint);
        Assert.Equal("capped at ¥9,000.00", Text(cut, "rebate-capped"));
        Assert.Equal("¥9,000.00", Text(cut, "rebate-amount"));
    }

    /// <summary>The issue's card: incremental, 1 % from ¥10,000, cap ¥2,000, nothing bought yet.</summary>
    private static MyRebateProgress IncrementalFromTenThousand() => OnAmount() with
    {
        Mode = RebateMode.Incremental, Tiers = [new RebateTier(10_000m, 1m), new RebateTier(50_000m, 2m)], CapPerPeriod = 2_000m,
        BasisSoFar = 0m, TierReached = 0, Rate = null, Amount = 0m, Capped = false,
        Next = new NextTierHint(10_000m, 1m, 0m, 0m, NextTierGain.PaidAboveThreshold),
    };

    [Fact]
    public void An_incremental_band_is_said_to_pay_above_its_threshold_and_the_cap_is_not_blamed()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(IncrementalFromTenThousand());

        var hint = Text(cut, "rebate-hint");
        Assert.Equal("¥10,000.00 more to reach 1%, paid on purchases above ¥10,000.00", hint);
        Assert.DoesNotContain("cap", hint, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Cap per period: ¥2,000.00", Text(cut, "rebate-cap"));
    }

    [Fact]
    public void The_issues_card_in_Chinese_says_the_band_pays_above_its_threshold()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = RenderCard(IncrementalFromTenThousand());

        Assert.Equal("再采购 ¥10,000.00 即达到 1% 档，超过 ¥10,000.00 的部分按 1% 返利", Text(cut, "rebate-hint"));
    }

    [Fact]
    public void A_cap_that_limits_the_next_tiers_gain_is_named_with_the_gain()
    {
        UseCulture(PortalCultures.English);
        // Retroactive: 461,800 × 2 % = 9,236.00; at 500,000 × 3 % = 15,000.00, capped to 10,000.00: 764.00 more.
        var limited = OnAmount() with { CapPerPeriod = 10_000m, Next = new NextTierHint(38_200m, 3m, 10_000m, 764m, NextTierGain.RaisesUpToCap) };

        var cut = RenderCard(limited);

        Assert.Equal("¥38,200.00 more to reach 3% — worth ¥764.00 more, as far as the cap of ¥10,000.00 allows", Text(cut, "rebate-hint"));
    }

    [Fact]
    public void A_cap_that_does_not_limit_the_gain_is_not_mentioned_in_the_hint()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(OnAmount() with { CapPerPeriod = 20_000m });

        Assert.Equal("¥38,200.00 more to reach 3% — worth ¥5,764.00 more", Text(cut, "rebate-hint"));
    }

    [Fact]
    public void A_cap_not_yet_reached_is_shown_as_the_limit_without_the_capped_marker()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(OnAmount() with { CapPerPeriod = 20_000m });

        Assert.Empty(cut.FindAll("[data-testid=rebate-capped]"));
        Assert.Equal("Cap per period: ¥20,000.00", Text(cut, "rebate-cap"));
    }

    [Fact]
    public void Before_the_first_tier_says_no_tier_is_reached_yet()
    {
        UseCulture(PortalCultures.English);
        var none = OnAmount() with
        {
            BasisSoFar = 42_000m, TierReached = 0, Rate = null, Amount = 0m, Next = new NextTierHint(58_000m, 1m, 1_000m, 1_000m, NextTierGain.Raises),
        };

        var cut = RenderCard(none);

        Assert.Equal("No tier reached yet", Text(cut, "rebate-tier"));
        Assert.Equal("¥0.00", Text(cut, "rebate-amount"));
        Assert.Equal("¥58,000.00 more to reach 1% — worth ¥1,000.00 more", Text(cut, "rebate-hint"));
        Assert.Equal("42", cut.Find("[data-testid=rebate-progress]").GetAttribute("aria-valuenow"));
        Assert.Empty(cut.FindAll("[data-testid=rebate-tier-row][data-reached]"));
    }

    [Fact]
    public void A_basis_at_or_below_zero_shows_an_empty_bar()
    {
        UseCulture(PortalCultures.English);
        var returns = OnAmount() with
        {
            BasisSoFar = -3_000m, TierReached = 0, Rate = null, Amount = 0m, Next = new NextTierHint(103_000m, 1m, 1_000m, 1_000m, NextTierGain.Raises),
        };

        var cut = RenderCard(returns);

        Assert.Equal("-¥3,000.00", Text(cut, "rebate-basis"));
        Assert.Equal("0", cut.Find("[data-testid=rebate-progress]").GetAttribute("aria-valuenow"));
    }

    [Fact]
    public void Renders_in_Chinese_with_yuan_and_Chinese_dates()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = RenderCard(OnAmount());

        Assert.Contains("2025-07-01", Text(cut, "rebate-policy"));
        Assert.Equal("¥461,800.00", Text(cut, "rebate-basis"));
        var hint = Text(cut, "rebate-hint");
        Assert.Contains("¥38,200.00", hint);
        Assert.Contains("3%", hint);
        Assert.Contains("¥5,764.00", hint);
        Assert.Equal(3, cut.FindAll("[data-testid=rebate-tier-row]").Count);
    }
}
