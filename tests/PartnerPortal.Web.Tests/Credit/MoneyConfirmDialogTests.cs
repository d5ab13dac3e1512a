using Bunit;
using MudBlazor;
using PartnerPortal.Web.Components.Shared;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Credit;

/// <summary>Every money action asks through one dialog: the partner, the figures, and nothing happens unless confirmed.</summary>
public sealed class MoneyConfirmDialogTests : BunitTestContext
{
    private async Task<(IRenderedComponent<MudDialogProvider> Provider, Task<bool> Answer)> AskAsync()
    {
        var provider = Render<MudDialogProvider>();
        var service = (IDialogService)Services.GetService(typeof(IDialogService))!;
        Task<bool>? answer = null;
        // Started, not awaited: the answer comes when the dialog is closed.
        await provider.InvokeAsync(() =>
        {
            answer = service.AskAsync("Record payment", "P0002 · 苏州新锐家电有限公司",
                [new ConfirmLine("Amount", "¥12,345.60", "confirm-amount"), new ConfirmLine("Reference", "ICBC-1")], "Record payment",
                "The payment settles the oldest open invoices first.");
        });
        provider.WaitForAssertion(() => provider.Find("[data-testid=money-confirm]"));
        return (provider, answer!);
    }

    [Fact]
    public async Task Shows_the_partner_and_each_figure()
    {
        UseCulture(PortalCultures.English);

        var (provider, _) = await AskAsync();

        Assert.Contains("P0002 · 苏州新锐家电有限公司", provider.Find("[data-testid=confirm-partner]").TextContent);
        Assert.Contains("¥12,345.60", provider.Find("[data-testid=confirm-amount]").TextContent);
        Assert.Contains("ICBC-1", provider.Find("[data-testid=confirm-lines]").TextContent);
        Assert.Contains("oldest open invoices", provider.Find("[data-testid=confirm-message]").TextContent);
    }

    [Fact]
    public async Task Confirm_answers_true_and_cancel_false()
    {
        var (provider, confirmed) = await AskAsync();
        provider.Find("button[data-testid=confirm-ok]").Click();
        Assert.True(await confirmed);

        var (again, cancelled) = await AskAsync();
        again.Find("button[data-testid=confirm-cancel]").Click();
        Assert.False(await cancelled);
    }
}
