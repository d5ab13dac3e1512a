using Bunit;
using PartnerPortal.Domain.Statements;
using PartnerPortal.Web.Components.Credit;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Credit;

/// <summary>The credit page's ageing: the five buckets of the statements and their total, late amounts in red.</summary>
public sealed class CreditAgeingTests : BunitTestContext
{
    private static readonly AgeingBuckets Ageing = new(3_000.00m, 700.50m, 0m, 1_500.25m, 950.00m);

    private IRenderedComponent<CreditAgeing> RenderAgeing() => Render<CreditAgeing>(p => p.Add(x => x.Ageing, Ageing));

    private static string Amount(IRenderedComponent<CreditAgeing> cut, string bucket) =>
        cut.Find($"[data-testid={bucket}] [data-testid=ageing-amount]").TextContent.Trim();

    [Fact]
    public void Each_bucket_shows_its_amount_and_the_total()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderAgeing();

        Assert.Equal(["¥3,000.00", "¥700.50", "¥0.00", "¥1,500.25", "¥950.00", "¥6,150.75"],
            new[] { "ageing-current", "ageing-1-30", "ageing-31-60", "ageing-61-90", "ageing-over-90", "ageing-total" }.Select(b => Amount(cut, b)));
        Assert.Contains("1–30 days", cut.Find("[data-testid=ageing-1-30]").TextContent);
    }

    [Fact]
    public void Late_amounts_are_red_and_current_or_empty_buckets_are_not()
    {
        var cut = RenderAgeing();

        bool Red(string bucket) => cut.Find($"[data-testid={bucket}] [data-testid=ageing-amount]").ClassName!.Contains("mud-error-text");
        Assert.Equal([false, true, false, true, true, false],
            new[] { "ageing-current", "ageing-1-30", "ageing-31-60", "ageing-61-90", "ageing-over-90", "ageing-total" }.Select(Red));
    }

    [Fact]
    public void The_buckets_read_in_Chinese()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = RenderAgeing();

        Assert.Contains("¥6,150.75", Amount(cut, "ageing-total"));
        Assert.DoesNotContain("days", cut.Find("[data-testid=credit-ageing]").TextContent);
    }
}
