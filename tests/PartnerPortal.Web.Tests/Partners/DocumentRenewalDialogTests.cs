using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Web.Components.Partners;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Partners;

/// <summary>
/// The dealer's renewal dialog: the renewed document's number, dates and scan go to Submit (the service); a file over the
/// limit is named before anything is sent; the service's problems are shown at their fields.
/// </summary>
public sealed class DocumentRenewalDialogTests : BunitTestContext
{
    private const long OneMegabyte = 1024 * 1024;

    private static readonly PartnerDocumentView Authorization = new(7, PartnerDocumentKind.DealerAuthorization, "AUTH-P0001-03",
        new DateOnly(2025, 6, 25), new DateOnly(2026, 6, 27), "", DateTimeOffset.UnixEpoch, ExpiryState.ExpiringSoon);

    private readonly List<(PartnerDocumentRenewalDraft Draft, string? FileName, long? Size)> _sent = [];

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync(IReadOnlyList<Problem> problems)
    {
        var provider = Render<MudDialogProvider>();
        var service = (IDialogService)Services.GetService(typeof(IDialogService))!;
        var parameters = new DialogParameters<DocumentRenewalDialog>
        {
            { x => x.Document, Authorization },
            { x => x.MaxBytes, OneMegabyte },
            { x => x.Submit, (draft, file) => { _sent.Add((draft, file?.Name, file?.Size)); return Task.FromResult(problems); } },
        };
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await service.ShowAsync<DocumentRenewalDialog>("", parameters));
        return (provider, dialog!);
    }

    private static void Choose(IRenderedComponent<MudDialogProvider> provider, string name, int size) =>
        provider.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[size], name, contentType: "image/png"));

    [Fact]
    public async Task The_renewal_is_sent_with_its_scan_and_the_dialog_closes()
    {
        UseCulture(PortalCultures.English);
        var (provider, dialog) = await ShowAsync([]);
        Assert.Contains("AUTH-P0001-03", provider.Find("[data-testid=renewal-current]").TextContent);
        Assert.Contains("at most 1 MB", provider.Find("[data-testid=scan-limits]").TextContent);

        provider.Find("input[data-testid=renewal-number]").Change(" AUTH-P0001-04 ");
        provider.Find("input[data-testid=renewal-expires]").Change("2027-06-27");
        Choose(provider, "授权书2027.png", 2048);
        provider.WaitForAssertion(() => Assert.Contains("授权书2027.png", provider.Find("[data-testid=scan-chosen]").TextContent));
        provider.Find("form").Submit();

        var result = await dialog.Result;
        Assert.False(result!.Canceled);
        var sent = Assert.Single(_sent);
        Assert.Equal((new PartnerDocumentRenewalDraft("AUTH-P0001-04", null, new DateOnly(2027, 6, 27)), "授权书2027.png", 2048L),
            (sent.Draft, sent.FileName, sent.Size));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_named_at_once_and_not_sent()
    {
        UseCulture(PortalCultures.English);
        var (provider, _) = await ShowAsync([new Problem(ProblemCodes.Required, "Scan")]);

        Choose(provider, "huge.png", (int)OneMegabyte + 1);

        provider.WaitForAssertion(() => Assert.Equal("huge.png is larger than 1 MB; choose a smaller file.",
            provider.Find("[data-testid=scan-error]").TextContent.Trim()));
        Assert.Empty(provider.FindAll("[data-testid=scan-chosen]"));
        provider.Find("form").Submit();
        Assert.Null(Assert.Single(_sent).FileName); // the service is asked without a file, and says one is required
    }

    [Fact]
    public async Task The_services_problems_are_shown_at_their_fields_and_the_dialog_stays_open()
    {
        UseCulture(PortalCultures.English);
        var (provider, dialog) = await ShowAsync(
        [
            new Problem(ProblemCodes.Required, "Number"),
            new Problem(ProblemCodes.RenewalNotLater, "ExpiresOn", new DateOnly(2026, 6, 27)),
            new Problem(ProblemCodes.ScanWrongType, "Scan"),
            new Problem(ProblemCodes.RenewalPending),
        ]);

        provider.Find("form").Submit();

        provider.WaitForAssertion(() => Assert.Contains("PDF, JPEG or PNG", provider.Find("[data-testid=scan-error]").TextContent));
        var expires = provider.Find("[data-testid=renewal-expires]").Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text.mud-input-error")!.TextContent;
        Assert.Contains(new DateOnly(2026, 6, 27).ToString("d"), expires);
        Assert.Contains("is required", provider.Find("[data-testid=renewal-number]").Closest(".mud-input-control")!.TextContent);
        Assert.Contains("already waiting", provider.Find("[data-testid=problems]").TextContent);
        Assert.False(dialog.Result.IsCompleted);
    }

    [Fact]
    public async Task The_dialog_reads_in_Chinese()
    {
        UseCulture(PortalCultures.Chinese);
        var (provider, _) = await ShowAsync([new Problem(ProblemCodes.ScanTooLarge, "Scan", 10L)]);

        provider.Find("form").Submit();

        provider.WaitForAssertion(() => Assert.Contains("10", provider.Find("[data-testid=scan-error]").TextContent));
        Assert.Contains("扫描件", provider.Find("[data-testid=scan-error]").TextContent);
        Assert.Contains("授权书", provider.Find("[data-testid=renewal-current]").TextContent);
    }
}
