using Bunit;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Rebates;
using PartnerPortal.Web.Components.Rebates;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Rebates;

/// <summary>
/// The policy form checks the draft with the policy rules before it saves, and shows every problem, its own or the
/// service's, next to its field. The form is rendered without its page: Save stands in for the service.
/// </summary>
public sealed class RebatePolicyFormViewTests : BunitTestContext
{
    private static readonly RebateEditorOptions Options = new(
        [new RebateOption(1, "EAST", "华东", "East"), new RebateOption(2, "SOUTH", "华南", "South")],
        [new RebateOption(10, "AC", "空调", "Air conditioners")]);

    private readonly List<RebatePolicyDraft> _saved = [];
    private IReadOnlyList<Problem> _serviceProblems = [];

    private static RebatePolicyForm ValidForm() => new()
    {
        Name = "2026 空调季度返利",
        PeriodType = RebatePeriodType.Quarter,
        StartsOn = new DateTime(2026, 1, 1),
        EndsOn = new DateTime(2026, 12, 31),
        Tiers = [new TierForm { Threshold = 0m, Rate = 1m }, new TierForm { Threshold = 100_000m, Rate = 2.5m }],
        RegionIds = [1],
    };

    private IRenderedComponent<RebatePolicyFormView> RenderForm(RebatePolicyForm form, bool periodTypeLocked = false) =>
        Render<RebatePolicyFormView>(p => p
            .Add(x => x.Form, form)
            .Add(x => x.Options, Options)
            .Add(x => x.PeriodTypeLocked, periodTypeLocked)
            .Add(x => x.Save, draft =>
            {
                _saved.Add(draft);
                return Task.FromResult(_serviceProblems);
            })
            .Add(x => x.SearchPartners, (_, _, _) => Task.FromResult<IReadOnlyList<RebateOption>>([]))
            .Add(x => x.SearchProducts, (_, _) => Task.FromResult<IReadOnlyList<RebateOption>>([])));

    /// <summary>The error text MudBlazor shows under the input, or null when the input is not in error.</summary>
    private static string? ErrorOf(IRenderedComponent<RebatePolicyFormView> cut, string testId) =>
        cut.Find($"[data-testid={testId}]").Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent;

    [Fact]
    public void An_invalid_draft_shows_each_problem_at_its_field_and_is_not_saved()
    {
        UseCulture(PortalCultures.English);
        var form = ValidForm();
        form.Name = " ";
        form.StartsOn = new DateTime(2026, 2, 1);
        form.RegionIds = [];
        form.Tiers = [new TierForm { Threshold = 5_000m, Rate = 3m }, new TierForm { Threshold = 1_000m, Rate = 101m }];
        var cut = RenderForm(form);

        cut.Find("form").Submit();

        Assert.Empty(_saved);
        Assert.NotNull(cut.Find("[data-testid=fields-need-attention]"));
        Assert.Equal("Name: is required.", ErrorOf(cut, "policy-name"));
        Assert.False(string.IsNullOrWhiteSpace(ErrorOf(cut, "policy-starts-on"))); // 1 February starts no quarter
        Assert.Null(ErrorOf(cut, "policy-ends-on"));
        Assert.Equal("Regions: is required.", ErrorOf(cut, "policy-regions"));
        var secondTier = cut.FindAll("[data-testid=tier-row]")[1].TextContent;
        Assert.Contains("must be higher than the previous tier's threshold.", secondTier);
        Assert.Contains("must be between 0 and 100.", secondTier);
        // Every problem has a place next to a field, so none is listed above the form.
        Assert.Empty(cut.FindAll("[data-testid=problems]"));
    }

    [Fact]
    public void A_partner_target_without_partners_is_marked_at_the_partner_picker()
    {
        UseCulture(PortalCultures.English);
        var form = ValidForm();
        form.PartnerTarget = RebatePartnerTarget.Partners;
        var cut = RenderForm(form);

        cut.Find("form").Submit();

        Assert.Empty(_saved);
        Assert.EndsWith("is required.", ErrorOf(cut, "policy-partner-search"));
    }

    [Fact]
    public void A_valid_draft_is_saved_with_only_the_lists_its_targets_use()
    {
        var form = ValidForm();
        form.PartnerTiers = [Domain.Partners.PartnerTier.Core]; // left over from another target
        form.ProductTarget = RebateProductTarget.Categories;
        form.CategoryIds = [10];
        var cut = RenderForm(form);

        cut.Find("form").Submit();

        var draft = Assert.Single(_saved);
        Assert.Equal("2026 空调季度返利", draft.Name);
        Assert.Equal(new DateOnly(2026, 1, 1), draft.StartsOn);
        Assert.Equal(new DateOnly(2026, 12, 31), draft.EndsOn);
        Assert.Equal([new RebateTier(0m, 1m), new RebateTier(100_000m, 2.5m)], draft.Tiers);
        Assert.Empty(draft.PartnerTiers);
        Assert.Equal([10], draft.CategoryIds);
        Assert.Empty(cut.FindAll("[data-testid=fields-need-attention]"));
    }

    [Fact]
    public void The_services_problems_are_shown_the_same_way_and_unplaced_ones_above_the_form()
    {
        UseCulture(PortalCultures.English);
        _serviceProblems =
        [
            new Problem(ProblemCodes.TooLong, "Name", 100),
            new Problem(ProblemCodes.NegativeAmount, "Tiers[1].Rate"),
            new Problem(ProblemCodes.Duplicate, null, "RB-0001"),
        ];
        var cut = RenderForm(ValidForm());

        cut.Find("form").Submit();

        Assert.Single(_saved);
        Assert.Equal("Name: is longer than 100 characters.", ErrorOf(cut, "policy-name"));
        Assert.Contains("Rate: cannot be negative.", cut.FindAll("[data-testid=tier-row]")[1].TextContent);
        var above = cut.Find("[data-testid=problems]").TextContent;
        Assert.Contains("\"RB-0001\" already exists.", above);
        Assert.DoesNotContain("longer than", above);
    }

    [Fact]
    public void A_revision_shows_the_period_type_read_only()
    {
        var cut = RenderForm(ValidForm(), periodTypeLocked: true);

        Assert.Contains("mud-readonly", cut.Find("[data-testid=policy-period-type]").ClassList);
    }

    [Fact]
    public void A_revision_says_the_first_day_it_may_start_on()
    {
        UseCulture(PortalCultures.English);

        var cut = Render<RebatePolicyFormView>(p => p
            .Add(x => x.Form, ValidForm())
            .Add(x => x.Options, Options)
            .Add(x => x.PeriodTypeLocked, true)
            .Add(x => x.EarliestStart, new DateOnly(2026, 10, 1))
            .Add(x => x.Save, _ => Task.FromResult<IReadOnlyList<Problem>>([]))
            .Add(x => x.SearchPartners, (_, _, _) => Task.FromResult<IReadOnlyList<RebateOption>>([]))
            .Add(x => x.SearchProducts, (_, _) => Task.FromResult<IReadOnlyList<RebateOption>>([])));

        Assert.Contains("The first day of a period, 2026-10-01 or later: periods before it have ended and may be settled.",
            cut.Find("[data-testid=policy-starts-on]").Closest(".mud-input-control")!.TextContent);
    }

    [Fact]
    public void Categories_and_products_left_out_go_with_the_draft()
    {
        var form = ValidForm();
        form.ExcludedCategoryIds = [10];
        form.ExcludedProducts = [new RebateOption(40, "AC-2001", "柜机", "Floor unit")];
        var cut = RenderForm(form);

        cut.Find("form").Submit();

        var draft = Assert.Single(_saved);
        Assert.Equal([10], draft.ExcludedCategoryIds);
        Assert.Equal([40], draft.ExcludedProductIds);
        Assert.Single(cut.FindAll("[data-testid=policy-excluded-product-chips] .mud-chip"));
    }
}
