using Bunit;
using MudBlazor;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Web.Components.Returns;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Returns;

/// <summary>
/// The receipt of an approved return: received quantities up to what was approved, restock or scrap per line, and posting
/// asks first with the partner and the credit the receipt's rule computes (hand-computed below); nothing is posted unless
/// confirmed.
/// </summary>
public sealed class ReturnReceiptFormViewTests : BunitTestContext
{
    private static readonly IReadOnlyList<WarehouseOption> Warehouses = [new(3, "WH-SH", "上海仓", "Shanghai"), new(4, "WH-GZ", "广州仓", "Guangzhou")];
    private readonly List<ReturnReceiptInput> _received = [];
    private IReadOnlyList<Problem> _answer = [];

    private (IRenderedComponent<MudDialogProvider> Provider, IRenderedComponent<ReturnReceiptFormView> Form) RenderForm()
    {
        var provider = Render<MudDialogProvider>();
        var form = Render<ReturnReceiptFormView>(p => p
            .Add(x => x.Return, ReturnSamples.Detail(ReturnStatus.Approved))
            .Add(x => x.Warehouses, Warehouses)
            .Add(x => x.Receive, input => { _received.Add(input); return Task.FromResult(_answer); }));
        return (provider, form);
    }

    [Fact]
    public void Everything_approved_is_received_and_restocked_until_told_otherwise()
    {
        UseCulture(PortalCultures.English);
        var (provider, form) = RenderForm();

        Assert.Equal("2", form.Find("input[data-testid=received-71]").GetAttribute("value"));
        Assert.Equal("2", form.Find("input[data-testid=received-71]").GetAttribute("max"));
        Assert.Equal("1", form.Find("input[data-testid=received-72]").GetAttribute("value"));

        form.Find("button[data-testid=post-receipt]").Click();

        // 2 × 2,803.00 + 1 × 6,150.50 = 11,756.50
        provider.WaitForAssertion(() => Assert.Contains("¥11,756.50", provider.Find("[data-testid=confirm-amount]").TextContent));
        Assert.Contains("P0001 · 上海申达电器有限公司", provider.Find("[data-testid=confirm-partner]").TextContent);
        Assert.Contains("3 of 3 units", provider.Find("[data-testid=confirm-received]").TextContent);
        provider.Find("button[data-testid=confirm-ok]").Click();

        form.WaitForAssertion(() => Assert.Single(_received));
        var sent = _received[0];
        Assert.Equal(3, sent.WarehouseId);
        Assert.Equal([new ReceivedReturnLine(71, 2, ReturnDisposition.Restock), new ReceivedReturnLine(72, 1, ReturnDisposition.Restock)], sent.Lines);
    }

    [Fact]
    public void A_partial_receipt_confirms_the_smaller_credit_and_passes_the_reference()
    {
        UseCulture(PortalCultures.English);
        var (provider, form) = RenderForm();

        form.Find("input[data-testid=received-71]").Change("1");
        form.Find("input[data-testid=received-72]").Change("0");
        form.Find("input[data-testid=receipt-reference]").Change("WMS-R-0042");
        form.Find("button[data-testid=post-receipt]").Click();

        // 1 × 2,803.00 + 0 × 6,150.50 = 2,803.00
        provider.WaitForAssertion(() => Assert.Contains("¥2,803.00", provider.Find("[data-testid=confirm-amount]").TextContent));
        Assert.Contains("1 of 3 units", provider.Find("[data-testid=confirm-received]").TextContent);
        provider.Find("button[data-testid=confirm-ok]").Click();

        form.WaitForAssertion(() => Assert.Single(_received));
        Assert.Equal("WMS-R-0042", _received[0].Reference);
        Assert.Equal([1, 0], _received[0].Lines.Select(l => l.Quantity));
    }

    [Fact]
    public void Cancelling_the_confirmation_posts_nothing()
    {
        var (provider, form) = RenderForm();

        form.Find("button[data-testid=post-receipt]").Click();
        provider.WaitForAssertion(() => provider.Find("[data-testid=money-confirm]"));
        provider.Find("button[data-testid=confirm-cancel]").Click();

        Assert.Empty(_received);
    }

    [Fact]
    public void The_services_problems_are_shown()
    {
        UseCulture(PortalCultures.English);
        _answer = [new Problem(ProblemCodes.WrongReturnStatus, "Return", "Credited")];
        var (provider, form) = RenderForm();

        form.Find("button[data-testid=post-receipt]").Click();
        provider.WaitForAssertion(() => provider.Find("[data-testid=money-confirm]"));
        provider.Find("button[data-testid=confirm-ok]").Click();

        form.WaitForAssertion(() => Assert.Contains("Credited", form.Find("[data-testid=problems]").TextContent));
        Assert.StartsWith("Return: ", form.Find("[data-testid=problems] li").TextContent);
    }
}
