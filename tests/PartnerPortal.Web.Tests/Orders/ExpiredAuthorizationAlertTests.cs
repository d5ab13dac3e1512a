using Bunit;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Web.Components.Orders;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Orders;

/// <summary>The cart says before Submit that an expired dealer authorization blocks ordering, and where the renewal goes.</summary>
public sealed class ExpiredAuthorizationAlertTests : BunitTestContext
{
    private IRenderedComponent<ExpiredAuthorizationAlert> RenderAlert(bool renewalPending) =>
        Render<ExpiredAuthorizationAlert>(p => p.Add(x => x.Authorization, new ExpiredAuthorization("AUTH-P0002-02", new DateOnly(2026, 6, 10), renewalPending)));

    [Fact]
    public void Names_the_authorization_and_the_day_it_expired_and_links_to_the_company_page()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderAlert(renewalPending: false);

        Assert.Contains($"Ordering is blocked: your dealer authorization AUTH-P0002-02 expired on {new DateOnly(2026, 6, 10):d}.",
            cut.Find("[data-testid=authorization-expired]").TextContent);
        Assert.Equal("/my-partner#documents", cut.Find("[data-testid=authorization-renew]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=authorization-renewal-pending]"));
    }

    [Fact]
    public void A_renewal_waiting_for_review_is_said_instead_of_the_link()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderAlert(renewalPending: true);

        Assert.Contains("waiting for your channel manager's review", cut.Find("[data-testid=authorization-renewal-pending]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=authorization-renew]"));
    }

    [Fact]
    public void Reads_in_Chinese()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = RenderAlert(renewalPending: false);

        Assert.Contains("AUTH-P0002-02", cut.Markup);
        Assert.DoesNotContain("blocked", cut.Markup);
    }

    [Fact]
    public void A_refused_submission_names_the_expired_authorization()
    {
        UseCulture(PortalCultures.English);
        var result = SubmissionResult.Invalid([new Problem(ProblemCodes.AuthorizationExpired, null, "AUTH-P0002-02", new DateOnly(2026, 6, 10))]);

        var cut = Render<SubmissionResultView>(p => p.Add(x => x.Result, result));

        var text = cut.Find("[data-testid=problems]").TextContent;
        Assert.Contains("The order was not placed:", text);
        Assert.Contains($"AUTH-P0002-02 expired on {new DateOnly(2026, 6, 10):d}", text);
    }
}
