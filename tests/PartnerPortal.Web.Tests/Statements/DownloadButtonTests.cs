using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerPortal.Web.Components.Statements;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Statements;

/// <summary>The button that has the browser fetch an export: busy while the file is prepared, and errors as a snackbar.</summary>
public sealed class DownloadButtonTests : BunitTestContext
{
    private const string Url = "/exports/statements/account/1?from=2026-10-01&to=2026-10-31&format=pdf";

    private readonly BunitJSModuleInterop _module;

    public DownloadButtonTests()
    {
        UseCulture(PortalCultures.English);
        _module = JSInterop.SetupModule(DownloadButton.ModulePath);
    }

    private IRenderedComponent<DownloadButton> RenderButton(string? url = Url) =>
        Render<DownloadButton>(p => p
            .Add(x => x.Url, url)
            .Add(x => x.Label, "Download PDF")
            .Add(x => x.Icon, Icons.Material.Filled.PictureAsPdf)
            .Add(x => x.TestId, "account-pdf"));

    private IEnumerable<Snackbar> Snackbars => Services.GetRequiredService<ISnackbar>().ShownSnackbars;

    [Fact]
    public void Shows_progress_and_is_disabled_while_the_file_is_prepared()
    {
        var download = _module.Setup<DownloadResult?>("download", _ => true);
        var cut = RenderButton();
        Assert.Empty(cut.FindAll("[data-testid=download-progress]"));

        cut.Find("button[data-testid=account-pdf]").Click();

        Assert.NotNull(cut.Find("[data-testid=download-progress]"));
        Assert.True(cut.Find("button").HasAttribute("disabled"));
        Assert.Equal("true", cut.Find("button").GetAttribute("aria-busy"));
        Assert.True(cut.Instance.Busy);
        var call = Assert.Single(_module.Invocations["download"]);
        Assert.Equal(Url, Assert.Single(call.Arguments));

        download.SetResult(new DownloadResult(true, 200, null, "statement-P0001-2026-10.pdf"));

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=download-progress]")));
        Assert.False(cut.Find("button").HasAttribute("disabled"));
        Assert.Equal("false", cut.Find("button").GetAttribute("aria-busy"));
        Assert.Empty(Snackbars);
    }

    [Fact]
    public void A_second_click_while_busy_starts_no_second_download()
    {
        _module.Setup<DownloadResult?>("download", _ => true);
        var cut = RenderButton();

        cut.Find("button").Click();
        // The disabled button ignores clicks in the browser; the handler guards too.
        cut.InvokeAsync(() => cut.Find("button").Click());

        Assert.Single(_module.Invocations["download"]);
    }

    [Fact]
    public void Without_an_address_the_button_is_disabled()
    {
        var cut = RenderButton(url: null);

        Assert.True(cut.Find("button").HasAttribute("disabled"));
    }

    [Fact]
    public void The_servers_message_is_shown_when_the_download_fails()
    {
        _module.Setup<DownloadResult?>("download", _ => true)
            .SetResult(new DownloadResult(false, 404, "There is no such partner, or its statements are not yours to see.", null));
        var cut = RenderButton();

        cut.Find("button").Click();

        cut.WaitForAssertion(() => Assert.False(cut.Instance.Busy));
        var snackbar = Assert.Single(Snackbars);
        Assert.Equal(Severity.Error, snackbar.Severity);
        Assert.Equal("There is no such partner, or its statements are not yours to see.", snackbar.Message);
    }

    [Theory]
    [InlineData(0, "The download failed. Check your connection, sign in again if asked, and try again.")]
    [InlineData(404, "Nothing was found to download.")]
    [InlineData(500, "The download failed (500). Try again.")]
    public void Without_a_message_the_status_decides_the_text(int status, string expected)
    {
        _module.Setup<DownloadResult?>("download", _ => true).SetResult(new DownloadResult(false, status, null, null));
        var cut = RenderButton();

        cut.Find("button").Click();

        cut.WaitForAssertion(() => Assert.Equal(expected, Assert.Single(Snackbars).Message));
        Assert.False(cut.Find("button").HasAttribute("disabled"));
    }

    [Fact]
    public void A_script_error_is_reported_and_the_button_comes_back()
    {
        _module.Setup<DownloadResult?>("download", _ => true).SetException(new Microsoft.JSInterop.JSException("fetch failed"));
        var cut = RenderButton();

        cut.Find("button").Click();

        cut.WaitForAssertion(() => Assert.Equal("The download failed. Try again.", Assert.Single(Snackbars).Message));
        Assert.False(cut.Instance.Busy);
    }
}
