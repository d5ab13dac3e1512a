using Bunit;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Rebates;
using PartnerPortal.Web.Components.Rebates;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Rebates;

/// <summary>The dealer's true-up lines, fed by a stand-in for MyRebatesService.GetTrueUpsAsync.</summary>
public sealed class MyRebateTrueUpsTests : BunitTestContext
{
    // A late shipment of ¥10,000 into a settled quarter at 3%: ¥15,000 settled, ¥15,300 now, +¥300 topped up.
    private static readonly RebateTrueUpRow TopUp = new(
        Id: 31, Code: "RB-AC", VersionNumber: 1, Name: "Air conditioners", PeriodLabel: "2026-Q3",
        PeriodStart: new DateOnly(2026, 7, 1), PeriodEnd: new DateOnly(2026, 9, 30), Basis: RebateBasis.NetAmount,
        BasisBefore: 500_000m, BasisNow: 510_000m, TierReached: 3, SettledBefore: 15_000m, Recomputed: 15_300m, Difference: 300m,
        NoteKind: LedgerEntryKind.CreditNote, NoteNumber: "CN-2026-0107", PostedOn: new DateOnly(2026, 10, 12), Cause: "SH-2026-0456");

    // One unit fewer drops a retroactive tier: ¥2,500 settled, nothing now, −¥2,500 clawed back.
    private static readonly RebateTrueUpRow ClawBack = new(
        Id: 32, Code: "RB-WASH", VersionNumber: 2, Name: "Washing machines", PeriodLabel: "2026-08",
        PeriodStart: new DateOnly(2026, 8, 1), PeriodEnd: new DateOnly(2026, 8, 31), Basis: RebateBasis.Quantity,
        BasisBefore: 1_000m, BasisNow: 999m, TierReached: 0, SettledBefore: 2_500m, Recomputed: 0m, Difference: -2_500m,
        NoteKind: LedgerEntryKind.DebitNote, NoteNumber: "DN-2026-0003", PostedOn: new DateOnly(2026, 9, 10), Cause: "");

    private readonly List<PageRequest> _requests = [];

    private IRenderedComponent<MyRebateTrueUps> RenderTrueUps(params RebateTrueUpRow[] rows) =>
        Render<MyRebateTrueUps>(p => p.Add(x => x.Load, (request, _) =>
        {
            _requests.Add(request);
            return Task.FromResult(new PagedResult<RebateTrueUpRow>(rows, rows.Length));
        }));

    [Fact]
    public void Shows_a_top_up_and_a_claw_back_with_their_notes_and_a_link_to_their_basis()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderTrueUps(TopUp, ClawBack);

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=trueup-line]").Count));
        var lines = cut.FindAll("[data-testid=trueup-line]");
        Assert.Equal("true-up of 2026-Q3 (v1): +¥300.00", lines[0].TextContent.Trim());
        Assert.Equal("true-up of 2026-08 (v2): −¥2,500.00", lines[1].TextContent.Trim());

        var rows = cut.FindAll("[data-testid=rebate-trueups] tbody tr.mud-table-row");
        Assert.Contains("because of SH-2026-0456", rows[0].TextContent);
        Assert.Contains("¥500,000.00 → ¥510,000.00", rows[0].TextContent);
        Assert.Contains("¥15,000.00 → ¥15,300.00", rows[0].TextContent);
        Assert.Contains("Credit note CN-2026-0107", rows[0].TextContent);
        Assert.Contains("2026-10-12", rows[0].TextContent);
        Assert.Contains("1,000 units → 999 units", rows[1].TextContent);
        Assert.Contains("Debit note DN-2026-0003", rows[1].TextContent);
        Assert.Contains("because shipped lines already counted changed after settlement", rows[1].TextContent);

        var links = cut.FindAll("[data-testid=trueup-explain]");
        Assert.Equal("/rebates/basis/true-up/31", links[0].GetAttribute("href"));
        Assert.Equal("/rebates/basis/true-up/32", links[1].GetAttribute("href"));
    }

    [Fact]
    public void Reads_in_Chinese()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = RenderTrueUps(ClawBack);

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=trueup-line]")));
        Assert.Equal("2026-08（v2）的补差：−¥2,500.00", cut.Find("[data-testid=trueup-line]").TextContent.Trim());
        Assert.Equal("借项通知单 DN-2026-0003", cut.Find("[data-testid=trueup-note]").TextContent.Trim());
        Assert.Equal("计算依据", cut.Find("[data-testid=trueup-explain]").TextContent.Trim());
    }

    [Fact]
    public void Asks_the_service_for_the_first_page_and_says_when_there_is_nothing()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderTrueUps();

        cut.WaitForAssertion(() => Assert.Contains("No true-ups: no settled period has changed since it was settled.",
            cut.Find("[data-testid=rebate-trueups-empty]").TextContent));
        Assert.Equal(0, _requests[0].Page);
        Assert.Equal(10, _requests[0].PageSize);
    }
}
