using Bunit;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Points;
using PartnerPortal.Web.Components.Points;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Points;

/// <summary>
/// The manual award form checks the award with PointsRules.ValidateManualAward before it asks or saves; Confirm and
/// Save stand in for the page's dialog and the service.
/// </summary>
public sealed class AwardPointsFormTests : BunitTestContext
{
    private readonly List<ManualAward> _confirmed = [];
    private readonly List<ManualAward> _saved = [];
    private bool _confirm = true;
    private IReadOnlyList<Problem> _serviceProblems = [];

    private IRenderedComponent<AwardPointsForm> RenderForm(int balance = 300) =>
        Render<AwardPointsForm>(p => p
            .Add(x => x.Balance, balance)
            .Add(x => x.Confirm, award =>
            {
                _confirmed.Add(award);
                return Task.FromResult(_confirm);
            })
            .Add(x => x.Save, award =>
            {
                _saved.Add(award);
                return Task.FromResult(_serviceProblems);
            }));

    private static void Enter(IRenderedComponent<AwardPointsForm> cut, string? points, string? reason)
    {
        if (points is not null) cut.Find("input[data-testid=award-points]").Change(points);
        if (reason is not null) cut.Find("textarea[data-testid=award-reason]").Change(reason);
        cut.Find("form").Submit();
    }

    private static string? ErrorOf(IRenderedComponent<AwardPointsForm> cut, string testId) =>
        cut.Find($"[data-testid={testId}]").Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent;

    [Fact]
    public void Zero_points_and_a_missing_reason_are_refused_at_their_fields_without_asking_or_saving()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderForm();

        Enter(cut, "0", null);

        Assert.Empty(_confirmed);
        Assert.Empty(_saved);
        Assert.EndsWith("must not be 0.", ErrorOf(cut, "award-points"));
        Assert.StartsWith("Reason: is required.", ErrorOf(cut, "award-reason"));
        Assert.Empty(cut.FindAll("[data-testid=problems]"));
    }

    [Fact]
    public void Empty_points_count_as_zero()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderForm();

        Enter(cut, null, "Trade fair booth");

        Assert.Empty(_saved);
        Assert.EndsWith("must not be 0.", ErrorOf(cut, "award-points"));
        Assert.Null(ErrorOf(cut, "award-reason"));
    }

    [Fact]
    public void A_correction_below_zero_is_refused()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderForm(balance: 300);

        Enter(cut, "-500", "Duplicate award");

        Assert.Empty(_saved);
        Assert.False(string.IsNullOrWhiteSpace(ErrorOf(cut, "award-points")));
    }

    [Fact]
    public void A_valid_award_is_confirmed_saved_and_the_form_cleared()
    {
        var cut = RenderForm(balance: 300);

        Enter(cut, "-300", "  Duplicate award  ");

        Assert.Equal(new ManualAward(-300, "Duplicate award"), Assert.Single(_confirmed));
        Assert.Equal(new ManualAward(-300, "Duplicate award"), Assert.Single(_saved));
        Assert.Equal("", cut.Find("input[data-testid=award-points]").GetAttribute("value") ?? "");
    }

    [Fact]
    public void Nothing_is_saved_when_the_user_does_not_confirm()
    {
        _confirm = false;
        var cut = RenderForm();

        Enter(cut, "200", "Trade fair booth");

        Assert.Single(_confirmed);
        Assert.Empty(_saved);
    }

    [Fact]
    public void The_services_problems_are_shown_at_the_field_or_above_the_form()
    {
        UseCulture(PortalCultures.English);
        _serviceProblems = [new Problem(ProblemCodes.PointsBelowZero, PointsRules.PointsField, 100, -100), new Problem(ProblemCodes.NoPartner)];
        var cut = RenderForm(balance: 300);

        Enter(cut, "-200", "Correction");

        Assert.Single(_saved);
        Assert.False(string.IsNullOrWhiteSpace(ErrorOf(cut, "award-points")));
        Assert.Single(cut.FindAll("[data-testid=problems] li"));
    }
}
