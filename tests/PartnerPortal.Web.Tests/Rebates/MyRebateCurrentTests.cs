using Bunit;
using PartnerPortal.Infrastructure.Rebates;
using PartnerPortal.Web.Components.Rebates;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Rebates;

public sealed class MyRebateCurrentTests : BunitTestContext
{
    [Fact]
    public void Without_a_policy_this_period_says_so_instead_of_an_empty_list()
    {
        UseCulture(PortalCultures.English);

        var cut = Render<MyRebateCurrent>(p => p.Add(x => x.Items, Array.Empty<MyRebateProgress>()));

        Assert.Contains("No rebate policy applies to your company this period", cut.Find("[data-testid=rebates-current-empty]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=rebate-card]"));
    }

    [Fact]
    public void Shows_one_card_per_policy()
    {
        UseCulture(PortalCultures.English);

        var cut = Render<MyRebateCurrent>(p => p.Add(x => x.Items, [MyRebateCardTests.OnAmount(), MyRebateCardTests.OnQuantity()]));

        var names = cut.FindAll("[data-testid=rebate-name]").Select(n => n.TextContent.Trim()).ToList();
        Assert.Equal(["Air conditioners 2025 Q3", "Washing machines"], names);
        Assert.Empty(cut.FindAll("[data-testid=rebates-current-empty]"));
    }
}
