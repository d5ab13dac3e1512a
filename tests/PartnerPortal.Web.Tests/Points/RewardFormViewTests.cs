using Bunit;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Points;
using PartnerPortal.Web.Components.Points;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Points;

/// <summary>The reward form sends what was entered to Save (the service) and shows its problems next to their fields.</summary>
public sealed class RewardFormViewTests : BunitTestContext
{
    private readonly List<RewardDraft> _saved = [];
    private IReadOnlyList<Problem> _serviceProblems = [];
    private int _savedEvents;
    private int _cancelled;

    private IRenderedComponent<RewardFormView> RenderForm(RewardForm form) =>
        Render<RewardFormView>(p => p
            .Add(x => x.Form, form)
            .Add(x => x.Save, draft =>
            {
                _saved.Add(draft);
                return Task.FromResult(_serviceProblems);
            })
            .Add(x => x.OnSaved, () => _savedEvents++)
            .Add(x => x.OnCancel, () => _cancelled++));

    private static string? ErrorOf(IRenderedComponent<RewardFormView> cut, string testId) =>
        cut.Find($"[data-testid={testId}]").Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent;

    [Fact]
    public void An_existing_reward_is_saved_as_edited_with_an_empty_stock_for_unlimited()
    {
        var form = RewardForm.From(PointsSamples.Reward(cost: 5_000, stock: 4));
        var cut = RenderForm(form);

        cut.Find("input[data-testid=reward-stock-input]").Change("");
        cut.Find("input[data-testid=reward-name-en]").Change("  Priority supply (1 month)  ");
        cut.Find("form").Submit();

        var draft = Assert.Single(_saved);
        Assert.Equal(new RewardDraft("优先供货一个月", "Priority supply (1 month)", "旺季优先安排发货", "Your orders ship first for a month", 5_000, null, true), draft);
        Assert.Equal(1, _savedEvents);
    }

    [Fact]
    public void A_new_reward_without_a_cost_is_sent_as_zero()
    {
        var cut = RenderForm(new RewardForm { Name = "品牌围裙", NameEn = "Branded apron" });

        cut.Find("form").Submit();

        var draft = Assert.Single(_saved);
        Assert.Equal(0, draft.PointsCost);
        Assert.Null(draft.Stock);
        Assert.True(draft.IsActive);
    }

    [Fact]
    public void The_services_problems_are_shown_at_their_fields_and_the_form_stays_open()
    {
        UseCulture(PortalCultures.English);
        _serviceProblems =
        [
            new Problem(ProblemCodes.Required, "Name"),
            new Problem(ProblemCodes.AmountNotPositive, "PointsCost"),
            new Problem(ProblemCodes.NegativeAmount, "Stock"),
            new Problem(ProblemCodes.TooLong, "DescriptionEn", 500),
            new Problem(ProblemCodes.NotFound),
        ];
        var cut = RenderForm(new RewardForm());

        cut.Find("form").Submit();

        Assert.Equal("Name: is required.", ErrorOf(cut, "reward-name-zh"));
        Assert.EndsWith("must be more than 0.", ErrorOf(cut, "reward-cost-input"));
        Assert.EndsWith("cannot be negative.", ErrorOf(cut, "reward-stock-input"));
        Assert.EndsWith("is longer than 500 characters.", ErrorOf(cut, "reward-description-en"));
        Assert.Null(ErrorOf(cut, "reward-name-en"));
        Assert.Single(cut.FindAll("[data-testid=problems] li"));
        Assert.Equal(0, _savedEvents);
    }

    [Fact]
    public void Cancel_is_passed_on()
    {
        var cut = RenderForm(new RewardForm());

        cut.Find("[data-testid=cancel-reward]").Click();

        Assert.Equal(1, _cancelled);
        Assert.Empty(_saved);
    }
}
