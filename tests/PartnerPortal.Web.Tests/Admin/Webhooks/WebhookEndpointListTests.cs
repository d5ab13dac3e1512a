using Bunit;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Web.Components.Admin.Webhooks;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Admin.Webhooks;

public sealed class WebhookEndpointListTests : BunitTestContext
{
    private static readonly DateTimeOffset At = new(2026, 4, 1, 9, 30, 0, TimeSpan.Zero);

    private IRenderedComponent<WebhookEndpointList> RenderList(IReadOnlyList<WebhookEndpointRow>? rows, Action<WebhookEndpointRow>? rotate = null) =>
        Render<WebhookEndpointList>(p => p.Add(x => x.Endpoints, rows).Add(x => x.OnRotate, r => rotate?.Invoke(r)));

    [Fact]
    public void Only_an_endpoint_whose_secret_cannot_be_read_asks_for_its_secret_to_be_rotated()
    {
        UseCulture(PortalCultures.English);
        WebhookEndpointRow? rotated = null;

        var cut = RenderList(
        [
            new(1, "https://erp.example.cn/hooks", "ERP", WebhookEvents.All, true, At),
            new(2, "https://wms.example.cn/hooks", "WMS", [WebhookEvents.OrderShipped], true, At, SecretReadable: false),
        ], r => rotated = r);

        var warning = Assert.Single(cut.FindAll("[data-testid=webhook-secret-unreadable]"));
        Assert.Contains("rotate it", warning.TextContent);
        var rows = cut.FindAll("tbody tr");
        Assert.Empty(rows[0].QuerySelectorAll("[data-testid=webhook-secret-unreadable]"));
        Assert.Single(rows[1].QuerySelectorAll("[data-testid=webhook-secret-unreadable]"));
        cut.FindAll("[data-testid=rotate-webhook]")[1].Click();
        Assert.Equal(2, rotated?.Id);
    }

    [Fact]
    public void No_endpoint_shows_how_to_start_and_loading_shows_progress()
    {
        UseCulture(PortalCultures.Chinese);

        Assert.Single(RenderList([]).FindAll("[data-testid=webhooks-empty]"));
        Assert.Single(RenderList(null).FindAll("[data-testid=webhooks-loading]"));
    }
}
