using Bunit;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Web.Components.Returns;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Returns;

/// <summary>
/// The dealer's return form: each shipped line with what may still come back, quantities limited to it, what is sent to
/// the service, and its problems shown as sentences naming the SKU or field.
/// </summary>
public sealed class ReturnRequestFormViewTests : BunitTestContext
{
    private readonly List<ReturnRequestInput> _sent = [];
    private IReadOnlyList<Problem> _answer = [];

    private IRenderedComponent<ReturnRequestFormView> RenderForm(IReadOnlyList<PartnerPortal.Infrastructure.Returns.ReturnableShipmentLine>? lines = null) =>
        Render<ReturnRequestFormView>(p => p
            .Add(x => x.Lines, lines ?? ReturnSamples.Shipped)
            .Add(x => x.PhotoMaxBytes, 10L * 1024 * 1024)
            .Add(x => x.Send, input => { _sent.Add(input); return Task.FromResult(_answer); }));

    [Fact]
    public void Shows_each_shipped_line_with_what_is_still_returnable_and_the_photo_limits()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderForm();

        Assert.Equal("2", cut.Find("[data-testid=returnable-501]").TextContent.Trim());
        Assert.Equal("0", cut.Find("[data-testid=returnable-502]").TextContent.Trim());
        // Nothing left of AC-2002 to return: its quantity cannot be entered.
        Assert.True(cut.Find("input[data-testid=return-quantity-502]").HasAttribute("disabled"));
        Assert.Equal("2", cut.Find("input[data-testid=return-quantity-501]").GetAttribute("max"));
        Assert.Contains("Up to 5 JPEG or PNG photos of at most 10 MB each.", cut.Find("[data-testid=photo-limits]").TextContent);
    }

    [Fact]
    public void Sends_the_quantities_typed_within_the_returnable_and_shows_the_services_problems()
    {
        UseCulture(PortalCultures.English);
        _answer =
        [
            new Problem(ProblemCodes.ExceedsReturnable, "AC-1001", "AC-1001", 3, 2),
            new Problem(ProblemCodes.Required, "Reason"),
            new Problem(ProblemCodes.PhotoWrongType, "Photos"),
        ];
        var cut = RenderForm();

        cut.Find("input[data-testid=return-quantity-501]").Change("3");
        cut.Find("textarea[data-testid=return-note]").Change("外机异响");
        cut.Find("button[data-testid=send-return]").Click();

        // More than is returnable is held at the limit by the field itself; the service checks again.
        var sent = Assert.Single(_sent);
        Assert.Equal([new RequestedReturnLine(501, 2)], sent.Lines);
        Assert.Null(sent.Reason);
        Assert.Equal("外机异响", sent.Note);
        Assert.Empty(sent.Photos);
        cut.WaitForAssertion(() =>
        {
            var problems = cut.FindAll("[data-testid=problems] li").Select(li => li.TextContent).ToList();
            Assert.Equal(3, problems.Count);
            Assert.Equal("AC-1001: returning 3 is more than the 2 still returnable.", problems[0]);
            Assert.StartsWith("Reason: ", problems[1]);
            Assert.StartsWith("Photos: ", problems[2]);
        });
    }

    [Fact]
    public void Lines_left_at_zero_are_not_sent_and_the_service_says_there_is_nothing_to_return()
    {
        UseCulture(PortalCultures.English);
        _answer = [new Problem(ProblemCodes.EmptyReturn, "Lines")];
        var cut = RenderForm();

        cut.Find("button[data-testid=send-return]").Click();

        Assert.Empty(Assert.Single(_sent).Lines);
        cut.WaitForAssertion(() => Assert.Contains("The return has no quantities.", cut.Find("[data-testid=problems]").TextContent));
    }

    [Fact]
    public void An_order_with_nothing_shipped_says_so_in_Chinese_and_offers_no_form()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = RenderForm([]);

        Assert.Equal("该订单尚未发货，暂无可退商品。", cut.Find("[data-testid=nothing-returnable]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=send-return]"));
    }
}
