using Bunit;
using MudBlazor;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Web.Components.Admin.Webhooks;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Admin.Webhooks;

/// <summary>The deliveries list: a server page with each delivery's status, attempts and last answer, and Redeliver after a confirmation.</summary>
public sealed class WebhookDeliveryListTests : BunitTestContext
{
    private static readonly DateTimeOffset At = new(2026, 4, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly Guid FirstEvent = Guid.Parse("7d4c1f6e-0000-4000-8000-000000000001");

    private static readonly WebhookEndpointRow[] Endpoints =
    [
        new(1, "https://erp.example.cn/hooks", "ERP", WebhookEvents.All, true, At),
        new(2, "https://wms.example.cn/hooks", "WMS", [WebhookEvents.OrderApproved], false, At),
    ];

    private static readonly WebhookDeliveryRow[] Rows =
    [
        new(13, 2, "https://wms.example.cn/hooks", WebhookEvents.OrderApproved, Guid.NewGuid(), At, WebhookDeliveryStatus.Pending, 2, 500,
            "HTTP 500 Internal Server Error: database down", At.AddMinutes(1), At, null, At),
        new(12, 1, "https://erp.example.cn/hooks", WebhookEvents.OrderSubmitted, FirstEvent, At, WebhookDeliveryStatus.Delivered, 1, 200, "",
            At, At, At, At),
        new(11, 1, "https://erp.example.cn/hooks", WebhookEvents.PaymentPosted, Guid.NewGuid(), At, WebhookDeliveryStatus.Failed, 8, null,
            "No answer within 10 s", At, At, null, At),
    ];

    private readonly List<(PageRequest Page, WebhookDeliveryFilter Filter)> _loads = [];
    private readonly List<long> _redelivered = [];

    private (IRenderedComponent<WebhookDeliveryList> List, IRenderedComponent<MudDialogProvider> Dialogs) RenderList(
        WebhookDeliveryFilter? filter = null, Outcome? redeliverAnswer = null)
    {
        var dialogs = Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();
        var list = Render<WebhookDeliveryList>(p => p
            .Add(x => x.Load, (page, f, _) =>
            {
                _loads.Add((page, f));
                return Task.FromResult(new PagedResult<WebhookDeliveryRow>(Rows, 57));
            })
            .Add(x => x.Redeliver, id => { _redelivered.Add(id); return Task.FromResult(redeliverAnswer ?? Outcome.Success); })
            .Add(x => x.Endpoints, Endpoints)
            .Add(x => x.Filter, filter ?? new WebhookDeliveryFilter()));
        return (list, dialogs);
    }

    [Fact]
    public void Each_delivery_shows_its_event_endpoint_status_attempts_and_last_answer()
    {
        UseCulture(PortalCultures.English);
        var (list, _) = RenderList();

        list.WaitForAssertion(() => Assert.Equal(3, list.FindAll("[data-testid=delivery-status]").Count));
        Assert.Equal(["Pending", "Delivered", "Failed"], list.FindAll("[data-testid=delivery-status]").Select(c => c.GetAttribute("data-status")));
        var chips = list.FindAll("[data-testid=delivery-status]");
        Assert.Contains("mud-chip-color-warning", chips[0].ClassName);
        Assert.Contains("mud-chip-color-success", chips[1].ClassName);
        Assert.Contains("mud-chip-color-error", chips[2].ClassName);
        Assert.Equal([WebhookEvents.OrderApproved, WebhookEvents.OrderSubmitted, WebhookEvents.PaymentPosted],
            list.FindAll("[data-testid=delivery-event]").Select(e => e.TextContent.Trim()));
        Assert.Equal(FirstEvent.ToString(), list.FindAll("[data-testid=delivery-event-id]")[1].TextContent.Trim());
        Assert.Equal(["2", "1", "8"], list.FindAll("[data-testid=delivery-attempts]").Select(e => e.TextContent.Trim()));
        Assert.Equal(["500", "200", "No response"], list.FindAll("[data-testid=delivery-code]").Select(e => e.TextContent.Trim()));
        Assert.Equal(["HTTP 500 Internal Server Error: database down", "No answer within 10 s"],
            list.FindAll("[data-testid=delivery-error]").Select(e => e.TextContent.Trim()));
        // Only a pending delivery has a next attempt; only a delivered one a delivery time.
        var next = list.FindAll("[data-testid=delivery-next]").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal((At.AddMinutes(1).ToLocalTime().ToString("g"), "—", "—"), (next[0], next[1], next[2]));
        var delivered = list.FindAll("[data-testid=delivery-delivered]").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(("—", At.ToLocalTime().ToString("g"), "—"), (delivered[0], delivered[1], delivered[2]));
        Assert.Equal("https://wms.example.cn/hooks", list.FindAll("[data-testid=delivery-endpoint]")[0].TextContent.Trim());
    }

    [Fact]
    public void The_first_page_is_asked_for_with_the_filters_of_the_address()
    {
        var filter = new WebhookDeliveryFilter(WebhookDeliveryStatus.Failed, 1);
        var (list, _) = RenderList(filter);

        list.WaitForAssertion(() => Assert.NotEmpty(_loads));
        var (page, sent) = _loads[0];
        Assert.Equal((0, 25), (page.Page, page.PageSize));
        Assert.Equal(filter, sent);
    }

    [Fact]
    public async Task Redeliver_asks_first_then_sends_the_delivery_again_and_reloads_the_page()
    {
        UseCulture(PortalCultures.English);
        var (list, dialogs) = RenderList();
        list.WaitForAssertion(() => Assert.Equal(3, list.FindAll("button[data-testid=redeliver]").Count));
        var loadsBefore = _loads.Count;

        await list.InvokeAsync(() => list.FindAll("button[data-testid=redeliver]")[2].Click());
        dialogs.WaitForAssertion(() => Assert.Contains(PaymentPostedEventId(), dialogs.Markup));
        Assert.Empty(_redelivered);
        var yes = dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Redeliver");
        await dialogs.InvokeAsync(() => yes.Click());

        list.WaitForAssertion(() => Assert.Equal([11L], _redelivered));
        list.WaitForAssertion(() => Assert.True(_loads.Count > loadsBefore));
    }

    [Fact]
    public async Task Redeliver_cancelled_sends_nothing()
    {
        UseCulture(PortalCultures.English);
        var (list, dialogs) = RenderList();
        list.WaitForAssertion(() => Assert.Equal(3, list.FindAll("button[data-testid=redeliver]").Count));

        await list.InvokeAsync(() => list.FindAll("button[data-testid=redeliver]")[0].Click());
        dialogs.WaitForAssertion(() => Assert.Contains(dialogs.FindAll("button"), b => b.TextContent.Trim() == "Cancel"));
        await dialogs.InvokeAsync(() => dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click());

        dialogs.WaitForAssertion(() => Assert.DoesNotContain(dialogs.FindAll("button"), b => b.TextContent.Trim() == "Cancel"));
        Assert.Empty(_redelivered);
    }

    private static string PaymentPostedEventId() => Rows[2].EventId.ToString();
}
