using Bunit;
using MudBlazor;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Web.Components.Partners;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Partners;

/// <summary>The document dialog sends what was entered to Save (the service), shows each problem at its field and closes once saved.</summary>
public sealed class PartnerDocumentsDialogTests : BunitTestContext
{
    private readonly List<PartnerDocumentDraft> _saved = [];

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync(
        PartnerDocumentForm form, Func<PartnerDocumentDraft, Task<IReadOnlyList<Problem>>> save)
    {
        var provider = Render<MudDialogProvider>();
        var service = (IDialogService)Services.GetService(typeof(IDialogService))!;
        var parameters = new DialogParameters<PartnerDocumentDialog>
        {
            { x => x.Form, form },
            { x => x.Save, draft => { _saved.Add(draft); return save(draft); } },
        };
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await service.ShowAsync<PartnerDocumentDialog>("", parameters));
        return (provider, dialog!);
    }

    private static string? ErrorAt(IRenderedComponent<MudDialogProvider> provider, string testId) =>
        provider.Find($"[data-testid={testId}]").Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent;

    [Fact]
    public async Task The_services_problems_are_shown_at_their_fields_and_the_dialog_stays_open()
    {
        UseCulture(PortalCultures.English);
        IReadOnlyList<Problem> problems =
        [
            new Problem(ProblemCodes.Required, "Number"),
            new Problem(ProblemCodes.IssuedAfterExpiry, "IssuedOn"),
            new Problem(ProblemCodes.Required, "ExpiresOn"),
            new Problem(ProblemCodes.TooLong, "Note", 200),
            new Problem(ProblemCodes.OutsideScope, "Partner"),
        ];
        var (provider, dialog) = await ShowAsync(new PartnerDocumentForm(), _ => Task.FromResult(problems));

        provider.Find("form").Submit();

        provider.WaitForAssertion(() => Assert.Equal("Number: is required.", ErrorAt(provider, "document-number")));
        Assert.StartsWith("Issued", ErrorAt(provider, "document-issued"));
        Assert.EndsWith("is required.", ErrorAt(provider, "document-expires"));
        Assert.EndsWith("is longer than 200 characters.", ErrorAt(provider, "document-note"));
        Assert.Null(ErrorAt(provider, "document-kind"));
        // A problem no field shows is listed above the form.
        Assert.Contains("outside your regions", provider.Find("[data-testid=problems]").TextContent);
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(new PartnerDocumentDraft(PartnerDocumentKind.BusinessLicense, "", null, null, ""), Assert.Single(_saved));
    }

    [Fact]
    public async Task An_edited_document_is_saved_as_entered_and_the_dialog_closes()
    {
        var form = new PartnerDocumentForm
        {
            Kind = PartnerDocumentKind.DealerAuthorization, Number = "AUTH-P0001-03",
            IssuedOn = new DateTime(2025, 12, 1), ExpiresOn = new DateTime(2026, 11, 30), Note = "",
        };
        var (provider, dialog) = await ShowAsync(form, _ => Task.FromResult<IReadOnlyList<Problem>>([]));

        provider.Find("input[data-testid=document-number]").Change("  AUTH-P0001-04 ");
        provider.Find("textarea[data-testid=document-note]").Change(" 已续签 ");
        provider.Find("form").Submit();

        var result = await dialog.Result;
        Assert.False(result!.Canceled);
        Assert.Equal(new PartnerDocumentDraft(PartnerDocumentKind.DealerAuthorization, "AUTH-P0001-04", new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 30), "已续签"),
            Assert.Single(_saved));
    }

    [Fact]
    public async Task Saving_shows_progress_and_cannot_be_clicked_twice()
    {
        var saving = new TaskCompletionSource<IReadOnlyList<Problem>>();
        var (provider, dialog) = await ShowAsync(new PartnerDocumentForm { Number = "X", ExpiresOn = new DateTime(2030, 1, 1) }, _ => saving.Task);

        provider.Find("form").Submit();

        provider.WaitForAssertion(() => Assert.Single(provider.FindAll("[data-testid=document-saving]")));
        Assert.True(provider.Find("button[data-testid=document-save]").HasAttribute("disabled"));
        Assert.True(provider.Find("button[data-testid=document-cancel]").HasAttribute("disabled"));
        await provider.InvokeAsync(() => saving.SetResult([]));
        Assert.False((await dialog.Result)!.Canceled);
    }

    [Fact]
    public async Task Cancel_saves_nothing()
    {
        var (provider, dialog) = await ShowAsync(new PartnerDocumentForm(), _ => Task.FromResult<IReadOnlyList<Problem>>([]));

        provider.Find("button[data-testid=document-cancel]").Click();

        Assert.True((await dialog.Result)!.Canceled);
        Assert.Empty(_saved);
    }
}
