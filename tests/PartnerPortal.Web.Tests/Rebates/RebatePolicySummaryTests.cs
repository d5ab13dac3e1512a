using Bunit;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Web.Components.Rebates;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Rebates;

public sealed class RebatePolicySummaryTests : BunitTestContext
{
    private List<string[]> TierRows(RebatePolicyDraft draft)
    {
        var cut = Render<RebatePolicySummary>(p => p.Add(x => x.Detail, RebatePolicyDetails.Detail(draft)));
        return cut.FindAll("[data-testid=policy-tiers] tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .ToList();
    }

    [Fact]
    public void An_amount_basis_shows_thresholds_in_yuan_and_rates_in_percent()
    {
        UseCulture(PortalCultures.English);

        var rows = TierRows(RebatePolicyDetails.Draft(RebateBasis.NetAmount));

        Assert.Equal(["Tier 1", "¥0.00", "1%"], rows[0]);
        Assert.Equal(["Tier 2", "¥100,000.00", "3%"], rows[1]);
    }

    [Fact]
    public void A_quantity_basis_shows_thresholds_in_units_and_rates_in_yuan_per_unit()
    {
        UseCulture(PortalCultures.English);

        var rows = TierRows(RebatePolicyDetails.Draft(RebateBasis.Quantity));

        Assert.Equal(["Tier 2", "500 units", "¥2.50 / unit"], rows[1]);
    }

    [Fact]
    public void Shows_the_cap_in_yuan_and_the_scope_by_name()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = Render<RebatePolicySummary>(p => p.Add(x => x.Detail, RebatePolicyDetails.Detail(RebatePolicyDetails.Draft(cap: 20_000m))));

        Assert.Equal("¥20,000.00", cut.Find("[data-testid=policy-cap]").TextContent);
        var scope = cut.Find("[data-testid=policy-scope]").TextContent;
        Assert.Contains("华东", scope);
        Assert.Contains("空调", cut.Find("[data-testid=policy-product-scope]").TextContent);
        Assert.Contains("战略", cut.Find("[data-testid=policy-partner-scope]").TextContent);
    }

    [Fact]
    public void Shows_the_categories_and_products_left_out()
    {
        UseCulture(PortalCultures.English);
        var detail = RebatePolicyDetails.Detail(RebatePolicyDetails.Draft()) with { };
        Assert.Empty(Render<RebatePolicySummary>(p => p.Add(x => x.Detail, detail)).FindAll("[data-testid=policy-product-exclusions]"));

        var excluding = detail with
        {
            ExcludedCategories = [new Infrastructure.Rebates.RebateOption(11, "SMALL", "生活小家电", "Small appliances")],
            ExcludedProducts = [new Infrastructure.Rebates.RebateOption(40, "AC-2001", "柜机", "Floor unit")],
        };
        var cut = Render<RebatePolicySummary>(p => p.Add(x => x.Detail, excluding));

        Assert.Equal("Small appliances, AC-2001 · Floor unit", cut.Find("[data-testid=policy-product-exclusions]").TextContent.Trim());
    }
}
