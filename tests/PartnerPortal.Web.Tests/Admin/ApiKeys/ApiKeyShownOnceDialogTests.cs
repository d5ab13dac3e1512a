using Bunit;
using MudBlazor;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Web.Components.Admin.ApiKeys;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Admin.ApiKeys;

/// <summary>The new key is shown whole, once, with a warning and a copy button that writes it to the clipboard.</summary>
public sealed class ApiKeyShownOnceDialogTests : BunitTestContext
{
    private static readonly CreatedApiKey Created = new(7, "pp_Q2FmZ0xh", "pp_Q2FmZ0xhcnRlc3Qta2V5LXRoYXQtaXMtbG9uZy1lbm91Z2g");

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync()
    {
        var provider = Render<MudDialogProvider>();
        var service = (IDialogService)Services.GetService(typeof(IDialogService))!;
        var parameters = new DialogParameters<ApiKeyShownOnceDialog> { { x => x.Key, Created }, { x => x.Name, "ERP production" } };
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await service.ShowAsync<ApiKeyShownOnceDialog>("", parameters));
        return (provider, dialog!);
    }

    [Fact]
    public async Task Shows_the_whole_key_with_a_warning_that_it_will_not_be_shown_again()
    {
        UseCulture(PortalCultures.English);

        var (provider, _) = await ShowAsync();

        Assert.Equal(Created.Key, provider.Find("[data-testid=api-key-secret]").TextContent.Trim());
        Assert.Contains("will not be shown again", provider.Find("[data-testid=api-key-warning]").TextContent);
        Assert.Contains("ERP production", provider.Markup);
    }

    [Fact]
    public async Task Copy_writes_the_key_to_the_clipboard_and_says_so()
    {
        UseCulture(PortalCultures.English);
        var (provider, _) = await ShowAsync();

        provider.Find("button[data-testid=copy-api-key]").Click();

        var call = Assert.Single(JSInterop.Invocations, i => i.Identifier == "navigator.clipboard.writeText");
        Assert.Equal(Created.Key, call.Arguments[0]);
        provider.WaitForAssertion(() => Assert.Single(provider.FindAll("[data-testid=api-key-copied]")));
    }

    [Fact]
    public async Task A_browser_that_refuses_the_clipboard_gets_told_to_copy_by_hand()
    {
        UseCulture(PortalCultures.English);
        JSInterop.SetupVoid("navigator.clipboard.writeText", _ => true).SetException(new Microsoft.JSInterop.JSException("not allowed"));
        var (provider, _) = await ShowAsync();

        provider.Find("button[data-testid=copy-api-key]").Click();

        provider.WaitForAssertion(() => Assert.Single(provider.FindAll("[data-testid=api-key-copy-failed]")));
        Assert.Equal(Created.Key, provider.Find("[data-testid=api-key-secret]").TextContent.Trim());
    }

    [Fact]
    public async Task The_dialog_closes_only_when_the_admin_says_the_key_is_copied()
    {
        var (provider, dialog) = await ShowAsync();

        provider.Find("button[data-testid=close-api-key]").Click();

        var result = await dialog.Result;
        Assert.False(result!.Canceled);
        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("[data-testid=api-key-secret]")));
    }
}
