using Bunit;
using MudBlazor;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Web.Components.Admin.Webhooks;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Admin.Webhooks;

/// <summary>
/// The endpoint dialog refuses a URL that is not absolute http(s) and an endpoint without events before asking the service,
/// shows the service's problems at their fields, and closes once saved.
/// </summary>
public sealed class WebhookEndpointDialogTests : BunitTestContext
{
    private readonly List<WebhookEndpointDraft> _saved = [];

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync(
        WebhookEndpointForm form, IReadOnlyList<Problem>? answer = null)
    {
        var provider = Render<MudDialogProvider>();
        var service = (IDialogService)Services.GetService(typeof(IDialogService))!;
        var parameters = new DialogParameters<WebhookEndpointDialog>
        {
            { x => x.Form, form },
            { x => x.Save, draft => { _saved.Add(draft); return Task.FromResult(answer ?? []); } },
        };
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await service.ShowAsync<WebhookEndpointDialog>("", parameters));
        return (provider, dialog!);
    }

    private static List<string> Errors(IRenderedComponent<MudDialogProvider> provider) =>
        provider.FindAll(".mud-input-helper-text.mud-input-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();

    [Theory]
    [InlineData("ftp://erp.example.cn/hooks")]
    [InlineData("/webhooks")]
    [InlineData("erp.example.cn/webhooks")]
    public async Task A_url_that_is_not_absolute_http_or_https_is_refused_without_asking_the_service(string url)
    {
        UseCulture(PortalCultures.English);
        var (provider, dialog) = await ShowAsync(new WebhookEndpointForm { Events = [WebhookEvents.OrderApproved] });

        provider.Find("input[data-testid=webhook-url]").Change(url);
        provider.Find("form").Submit();

        provider.WaitForAssertion(() => Assert.Contains(Errors(provider), e => e.EndsWith("must be an http or https address.")));
        Assert.Single(Errors(provider));
        Assert.Empty(_saved);
        Assert.False(dialog.Result.IsCompleted);
    }

    [Fact]
    public async Task An_empty_url_and_no_events_are_both_named()
    {
        UseCulture(PortalCultures.English);
        var (provider, dialog) = await ShowAsync(new WebhookEndpointForm());

        provider.Find("form").Submit();

        provider.WaitForAssertion(() => Assert.Equal(2, Errors(provider).Count));
        Assert.All(Errors(provider), e => Assert.EndsWith("is required.", e));
        Assert.Empty(_saved);
        Assert.False(dialog.Result.IsCompleted);
    }

    [Fact]
    public async Task The_services_problems_are_shown_at_their_fields_and_the_dialog_stays_open()
    {
        UseCulture(PortalCultures.English);
        IReadOnlyList<Problem> refused = [new Problem(ProblemCodes.TooLong, "Description", 200), new Problem(ProblemCodes.NotFound, null)];
        var form = new WebhookEndpointForm { Url = "https://erp.example.cn/hooks", Description = "x", Events = [WebhookEvents.OrderApproved] };
        var (provider, dialog) = await ShowAsync(form, refused);

        provider.Find("form").Submit();

        provider.WaitForAssertion(() => Assert.Contains(Errors(provider), e => e.EndsWith("is longer than 200 characters.")));
        Assert.Single(provider.FindAll("[data-testid=problems]"));
        Assert.Single(_saved);
        Assert.False(dialog.Result.IsCompleted);
    }

    [Theory]
    [InlineData(PortalCultures.English, "URL: 127.0.0.1 points to 127.0.0.1, a loopback address: this server itself. Webhooks go only to public addresses unless the server's Webhooks:AllowedHosts setting names the host.")]
    [InlineData(PortalCultures.Chinese, "URL: 127.0.0.1 指向 127.0.0.1，这是回环地址，即本服务器自身。除非服务器设置 Webhooks:AllowedHosts 列出该主机，Webhook 只发送到公网地址。")]
    public async Task An_address_inside_the_network_is_refused_at_the_url_naming_the_address_and_why(string culture, string expected)
    {
        UseCulture(culture);
        IReadOnlyList<Problem> refused = [new Problem(WebhookTargetRules.ProblemCode(WebhookAddressRefusal.Loopback), "Url", "127.0.0.1", "127.0.0.1")];
        var form = new WebhookEndpointForm { Url = "http://127.0.0.1:8080/hooks", Events = [WebhookEvents.OrderApproved] };
        var (provider, dialog) = await ShowAsync(form, refused);

        provider.Find("form").Submit();

        provider.WaitForAssertion(() => Assert.Equal([expected], Errors(provider)));
        Assert.False(dialog.Result.IsCompleted);
    }

    [Fact]
    public async Task A_valid_endpoint_is_saved_trimmed_with_its_events_in_order_and_the_dialog_closes()
    {
        var form = new WebhookEndpointForm
        {
            Url = "https://erp.example.cn/hooks", Description = "", Events = [WebhookEvents.RebateSettled, WebhookEvents.OrderSubmitted],
        };
        var (provider, dialog) = await ShowAsync(form);

        provider.Find("input[data-testid=webhook-url]").Change("  http://10.0.0.8:8080/pp/hooks ");
        provider.Find("input[data-testid=webhook-description]").Change(" 金蝶 ERP ");
        provider.Find("form").Submit();

        var result = await dialog.Result;
        Assert.False(result!.Canceled);
        Assert.Equal(("http://10.0.0.8:8080/pp/hooks", "金蝶 ERP"), (_saved.Single().Url, _saved.Single().Description));
        Assert.Equal([WebhookEvents.OrderSubmitted, WebhookEvents.RebateSettled], _saved.Single().Events);
    }

    [Fact]
    public async Task Every_event_is_offered_with_a_line_saying_when_it_is_sent()
    {
        UseCulture(PortalCultures.English);
        var localizer = (Microsoft.Extensions.Localization.IStringLocalizer)Services.GetService(
            typeof(Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>))!;

        Assert.All(WebhookEvents.All, type => Assert.NotEqual(type, WebhookEventText.Explain(localizer, type)));
        Assert.Equal(WebhookEvents.All.Count, WebhookEvents.All.Select(t => WebhookEventText.Explain(localizer, t)).Distinct().Count());
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Cancel_saves_nothing()
    {
        var (provider, dialog) = await ShowAsync(new WebhookEndpointForm { Url = "https://erp.example.cn/hooks", Events = WebhookEvents.All.ToList() });

        provider.Find("button[data-testid=webhook-cancel]").Click();

        Assert.True((await dialog.Result)!.Canceled);
        Assert.Empty(_saved);
    }
}
