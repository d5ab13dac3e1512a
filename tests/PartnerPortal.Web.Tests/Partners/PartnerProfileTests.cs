using Bunit;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Web.Components.Partners;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Partners;

public sealed class PartnerProfileTests : BunitTestContext
{
    private static PartnerDetails Dealer(int? parentId = 1, string? parentName = "上海恒通电器贸易有限公司", PartnerStatus status = PartnerStatus.Active) => new(
        2, "P0002", "杭州西湖家电销售有限公司", "Hangzhou Xihu Appliance Sales Co., Ltd.", PartnerType.Dealer, PartnerTier.Core,
        status, CreditRating.B, 1, "华东", "East China", parentId, parentName is null ? null : "P0001", parentName is null ? null : new LocalName(parentName, "Shanghai Hengtong Appliance Trading Co., Ltd."),
        [
            new ContactView("周杰", "总经理", "13900001111", "zhou@xihu.example.cn", true),
            new ContactView("吴敏", "采购", "0571-88886666", "", false),
        ],
        []);

    [Fact]
    public void Shows_the_partner_in_Chinese_with_its_contacts_and_its_distributor()
    {
        UseCulture("zh-CN");
        var cut = Render<PartnerProfile>(p => p.Add(x => x.Partner, Dealer()));

        Assert.Equal("杭州西湖家电销售有限公司", cut.Find("[data-testid=partner-name]").TextContent);
        Assert.Contains("经销商", cut.Markup);
        Assert.Contains("核心", cut.Markup);
        Assert.Contains("华东", cut.Markup);
        Assert.Equal("/partners/1", cut.Find("a[href='/partners/1']").GetAttribute("href"));
        Assert.Equal("tel:13900001111", cut.Find("a[href^='tel:13900001111']").GetAttribute("href"));
        Assert.Single(cut.FindAll("a[href^='mailto:']")); // the second contact has no e-mail
    }

    [Fact]
    public void Shows_English_names_and_labels_in_English()
    {
        UseCulture("en");
        var cut = Render<PartnerProfile>(p => p.Add(x => x.Partner, Dealer(status: PartnerStatus.Suspended)));

        Assert.Contains("Hangzhou Xihu Appliance Sales Co., Ltd.", cut.Markup);
        Assert.Contains("East China", cut.Markup);
        Assert.Contains("Suspended", cut.Markup);
        Assert.Contains("Contacts", cut.Markup);
    }

    [Fact]
    public void A_distributor_outside_the_readers_scope_is_named_without_a_link()
    {
        UseCulture("en");
        var cut = Render<PartnerProfile>(p => p.Add(x => x.Partner, Dealer(parentId: 1, parentName: null)));

        Assert.Contains("Your distributor", cut.Markup);
        Assert.Empty(cut.FindAll("a[href='/partners/1']"));
    }

    [Fact]
    public void A_partner_without_a_parent_buys_directly()
    {
        UseCulture("zh-CN");
        var cut = Render<PartnerProfile>(p => p.Add(x => x.Partner, Dealer(parentId: null, parentName: null)));

        Assert.Contains("无（直接向品牌采购）", cut.Markup);
    }
}
