using Bunit;
using MudBlazor;
using PartnerPortal.Domain.Common;
using PartnerPortal.Web.Components.Returns;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Returns;

/// <summary>Approving or rejecting a return: names it and the partner, passes the note on, and stays open with the service's problems.</summary>
public sealed class ReturnDecisionDialogTests : BunitTestContext
{
    private readonly List<string?> _notes = [];
    private IReadOnlyList<Problem> _answer = [];

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync(bool approve)
    {
        var provider = Render<MudDialogProvider>();
        var service = (IDialogService)Services.GetService(typeof(IDialogService))!;
        var parameters = new DialogParameters<ReturnDecisionDialog>
        {
            { x => x.Approve, approve }, { x => x.Number, "RMA-202612-00007" }, { x => x.Partner, "P0001 · 上海申达电器有限公司" },
            { x => x.Decide, note => { _notes.Add(note); return Task.FromResult(_answer); } },
        };
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await service.ShowAsync<ReturnDecisionDialog>("", parameters));
        return (provider, dialog!);
    }

    [Fact]
    public async Task A_rejection_without_a_reason_stays_open_and_says_the_reason_is_required()
    {
        UseCulture(PortalCultures.English);
        _answer = [new Problem(ProblemCodes.Required, "Reason")];
        var (provider, dialog) = await ShowAsync(approve: false);

        Assert.Contains("P0001 · 上海申达电器有限公司", provider.Find("[data-testid=decision-partner]").TextContent);
        Assert.Contains("Reject return RMA-202612-00007?", provider.Find("[data-testid=decision-message]").TextContent);
        provider.Find("button[data-testid=decision-ok]").Click();

        Assert.Null(Assert.Single(_notes));
        provider.WaitForAssertion(() => Assert.Contains("mud-input-error", provider.Find("[data-testid=decision-dialog]").InnerHtml));
        Assert.False(dialog.Result.IsCompleted);
    }

    [Fact]
    public async Task A_rejection_with_its_reason_closes_once_the_service_accepted_it()
    {
        _answer = [];
        var (provider, dialog) = await ShowAsync(approve: false);

        provider.Find("textarea[data-testid=decision-note]").Change("超过退货期限");
        provider.Find("button[data-testid=decision-ok]").Click();

        Assert.Equal("超过退货期限", Assert.Single(_notes));
        var result = await dialog.Result;
        Assert.False(result!.Canceled);
    }

    [Fact]
    public async Task Approving_takes_an_optional_note_and_cancel_decides_nothing()
    {
        UseCulture(PortalCultures.English);
        var (provider, dialog) = await ShowAsync(approve: true);

        Assert.Contains("Approve return RMA-202612-00007?", provider.Find("[data-testid=decision-message]").TextContent);
        provider.Find("button[data-testid=decision-cancel]").Click();

        Assert.Empty(_notes);
        Assert.True((await dialog.Result)!.Canceled);
    }
}
