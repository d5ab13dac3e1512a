using Bunit;
using MudBlazor;
using PartnerPortal.Domain.Points;
using PartnerPortal.Web.Components.Points;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Points;

/// <summary>The confirmation of a decision names the reward, the points and the partner, and returns the note.</summary>
public sealed class RedemptionDecisionDialogTests : BunitTestContext
{
    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync(bool approve)
    {
        var provider = Render<MudDialogProvider>();
        var service = Services.GetService(typeof(IDialogService)) as IDialogService;
        var parameters = new DialogParameters<RedemptionDecisionDialog>
        {
            { x => x.Redemption, PointsSamples.Redemption(1, RedemptionStatus.Pending) },
            { x => x.Approve, approve },
        };
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await service!.ShowAsync<RedemptionDecisionDialog>("", parameters));
        return (provider, dialog!);
    }

    [Fact]
    public async Task Rejecting_names_the_redemption_and_returns_the_note()
    {
        UseCulture(PortalCultures.English);
        var (provider, dialog) = await ShowAsync(approve: false);

        var question = provider.Find("[data-testid=decision-question]").TextContent;
        Assert.Contains("Priority supply for one month", question);
        Assert.Contains("500", question);
        Assert.Contains("East China Appliances", question);
        provider.Find("textarea[data-testid=decision-note]").Change("  Out of season  ");
        provider.Find("button[data-testid=decision-confirm]").Click();

        var result = await dialog.Result;
        Assert.False(result!.Canceled);
        Assert.Equal("Out of season", result.Data);
    }

    [Fact]
    public async Task Cancel_returns_nothing()
    {
        var (provider, dialog) = await ShowAsync(approve: true);

        provider.Find("button[data-testid=decision-cancel]").Click();

        Assert.True((await dialog.Result)!.Canceled);
    }
}
