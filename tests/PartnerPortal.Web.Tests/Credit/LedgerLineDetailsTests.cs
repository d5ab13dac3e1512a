using Bunit;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Web.Components.Credit;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Credit;

/// <summary>The ledger says which payment was reversed, by which entry and why; the brand's notes are shown to brand staff only.</summary>
public sealed class LedgerLineDetailsTests : BunitTestContext
{
    private static LedgerLine Line(LedgerEntryKind kind, string number, string reference = "ICBC-1", string? note = null, ReversalReason? reason = null,
        string? reversedBy = null, string? reverses = null) =>
        new(1, new DateOnly(2026, 12, 7), number, kind, reference, 0m, 0m, 0m, null, 0m, note, reason, reversedBy, reverses);

    [Fact]
    public void A_reversed_payment_names_its_reversal_and_reason()
    {
        UseCulture(PortalCultures.English);

        var cut = Render<LedgerLineDetails>(p => p.Add(x => x.Line,
            Line(LedgerEntryKind.Payment, "PAY-202612-00007", reason: ReversalReason.Bounced, reversedBy: "REV-202612-00001")));

        Assert.Equal("Reversed by REV-202612-00001 · Bounced", cut.Find("[data-testid=reversed-PAY-202612-00007]").TextContent.Trim());
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void A_reversal_names_the_payment_and_its_note_only_for_brand_staff(bool staff, bool noteShown)
    {
        UseCulture(PortalCultures.Chinese);

        var cut = Render<LedgerLineDetails>(p => p
            .Add(x => x.Line, Line(LedgerEntryKind.Reversal, "REV-202612-00001", note: "客户账户已冻结", reason: ReversalReason.Other, reverses: "PAY-202612-00007"))
            .Add(x => x.ShowNote, staff));

        Assert.Equal("冲销 PAY-202612-00007 · 其他", cut.Find("[data-testid=reverses-REV-202612-00001]").TextContent.Trim());
        Assert.Equal(noteShown, cut.Markup.Contains("客户账户已冻结"));
    }

    [Fact]
    public void A_payment_without_a_reference_says_why_and_a_plain_one_says_nothing()
    {
        UseCulture(PortalCultures.English);

        var cash = Render<LedgerLineDetails>(p => p.Add(x => x.Line, Line(LedgerEntryKind.Payment, "PAY-202612-00008", reference: "", note: "cash at the counter")));
        var plain = Render<LedgerLineDetails>(p => p.Add(x => x.Line, Line(LedgerEntryKind.Payment, "PAY-202612-00009")));

        Assert.Equal("No reference: cash at the counter", cash.Find("[data-testid=no-reference-PAY-202612-00008]").TextContent.Trim());
        Assert.Equal("", plain.Markup.Trim());
    }
}
