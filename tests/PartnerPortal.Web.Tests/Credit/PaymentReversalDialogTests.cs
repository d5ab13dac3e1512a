using Bunit;
using MudBlazor;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Web.Components.Credit;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Credit;

/// <summary>
/// The reversal's confirmation names the partner, the payment, its amount and reference and the invoices owed again; it asks
/// why, passes the reason to the service and closes only when the service accepted it.
/// </summary>
public sealed class PaymentReversalDialogTests : BunitTestContext
{
    private static readonly PaymentReversalPreview Preview = new(41, 2, "P0002", new LocalName("苏州新锐家电有限公司", "Suzhou Xinrui Appliances"),
        "PAY-202612-00007", new DateOnly(2026, 12, 7), 300_000.00m, "ICBC-20261207-01", null,
        [new ReopenedInvoice("INV-202611-00003", 212_000.00m), new ReopenedInvoice("INV-202611-00009", 88_000.00m)], null);

    private readonly List<(ReversalReason? Reason, string? Note)> _calls = [];
    private IReadOnlyList<Problem> _answer = [];

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync(PaymentReversalPreview? preview = null)
    {
        var provider = Render<MudDialogProvider>();
        var service = (IDialogService)Services.GetService(typeof(IDialogService))!;
        var parameters = new DialogParameters<ReversePaymentDialog>
        {
            { x => x.Preview, preview ?? Preview },
            { x => x.Reverse, (reason, note) => { _calls.Add((reason, note)); return Task.FromResult(_answer); } },
        };
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await service.ShowAsync<ReversePaymentDialog>("", parameters));
        return (provider, dialog!);
    }

    [Fact]
    public async Task Shows_partner_payment_amount_reference_and_the_invoices_owed_again()
    {
        UseCulture(PortalCultures.English);

        var (provider, _) = await ShowAsync();

        Assert.Contains("P0002 · Suzhou Xinrui Appliances", provider.Find("[data-testid=confirm-partner]").TextContent);
        Assert.Equal("PAY-202612-00007", provider.Find("[data-testid=reverse-number]").TextContent.Trim());
        Assert.Equal("¥300,000.00", provider.Find("[data-testid=reverse-amount]").TextContent.Trim());
        Assert.Equal("ICBC-20261207-01", provider.Find("[data-testid=reverse-reference]").TextContent.Trim());
        var invoices = provider.FindAll("[data-testid=reverse-invoices] tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, invoices.Count);
        Assert.Contains("INV-202611-00003", invoices[0]);
        Assert.Contains("¥212,000.00", invoices[0]);
        Assert.Contains("¥88,000.00", invoices[1]);
    }

    [Fact]
    public async Task A_payment_that_settled_nothing_says_its_advance_is_taken_back_in_Chinese()
    {
        UseCulture(PortalCultures.Chinese);

        var (provider, _) = await ShowAsync(Preview with { Invoices = [], Reference = "" });

        Assert.Contains("预付款", provider.Find("[data-testid=reverse-no-invoices]").TextContent);
        Assert.Equal("（无）", provider.Find("[data-testid=reverse-reference]").TextContent.Trim());
        Assert.Contains("冲销付款", provider.Find("[data-testid=confirm-ok]").TextContent);
    }

    [Fact]
    public async Task The_chosen_reason_and_note_go_to_the_service_and_the_dialog_closes_when_it_succeeds()
    {
        UseCulture(PortalCultures.English);
        var (provider, dialog) = await ShowAsync();

        provider.FindAll("[data-testid=reverse-reason] input[type=radio]")[(int)ReversalReason.Bounced].Click();
        provider.Find("textarea[data-testid=reverse-note]").Change("银行退票");
        provider.Find("button[data-testid=confirm-ok]").Click();

        var result = await dialog.Result;
        Assert.False(result!.Canceled);
        Assert.Equal([(ReversalReason.Bounced, "银行退票")], _calls);
    }

    [Fact]
    public async Task A_refusal_stays_open_and_names_the_problem()
    {
        UseCulture(PortalCultures.English);
        _answer = [new Problem(ProblemCodes.Required, "Note")];
        var (provider, _) = await ShowAsync();

        provider.FindAll("[data-testid=reverse-reason] input[type=radio]")[(int)ReversalReason.Other].Click();
        provider.Find("button[data-testid=confirm-ok]").Click();

        provider.WaitForAssertion(() => Assert.NotEmpty(provider.FindAll(".mud-input-error")));
        Assert.Single(provider.FindAll("[data-testid=reverse-dialog]"));
        Assert.Equal(ReversalReason.Other, Assert.Single(_calls).Reason);
    }
}
