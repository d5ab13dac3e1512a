using Bunit;
using PartnerPortal.Domain.Training;
using PartnerPortal.Web.Components.Training;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Training;

/// <summary>A question of a running attempt: the right input for its kind, and each change handed on as the question's whole answer.</summary>
public sealed class QuizQuestionCardTests : BunitTestContext
{
    private readonly List<SubmittedAnswer> _answers = [];

    private IRenderedComponent<QuizQuestionCard> RenderCard(TakerQuestion question, IReadOnlyList<int>? selected = null, bool disabled = false) =>
        Render<QuizQuestionCard>(p => p
            .Add(x => x.Question, question)
            .Add(x => x.Number, 2)
            .Add(x => x.Count, 10)
            .Add(x => x.Selected, selected ?? [])
            .Add(x => x.Disabled, disabled)
            .Add(x => x.Answered, (SubmittedAnswer a) => _answers.Add(a)));

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<QuizQuestionCard> cut, int optionId) =>
        cut.Find($"[data-option='{optionId}'] input");

    private static bool Checked(AngleSharp.Dom.IElement input) => input is AngleSharp.Html.Dom.IHtmlInputElement { IsChecked: true };

    [Fact]
    public void A_single_choice_question_offers_one_radio_per_option()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(TrainingSamples.Single());

        Assert.Equal("Which pipe carries the refrigerant gas?", cut.Find("[data-testid=question-text]").TextContent.Trim());
        Assert.Contains("Question 2 of 10", cut.Markup);
        var inputs = cut.FindAll("[data-testid=question-option] input");
        Assert.Equal(3, inputs.Count);
        Assert.All(inputs, i => Assert.Equal("radio", i.GetAttribute("type")));
        Assert.Empty(cut.FindAll("input[type=checkbox]"));
        Assert.Contains("The thick pipe", cut.Find("[data-option='111']").TextContent);
    }

    [Fact]
    public void Picking_a_single_choice_option_answers_with_that_option()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderCard(TrainingSamples.Single());

        Input(cut, 112).Click();

        var answer = Assert.Single(_answers);
        Assert.Equal(11, answer.QuestionId);
        Assert.Equal([112], answer.SelectedOptionIds);
    }

    [Fact]
    public void A_saved_single_choice_answer_shows_as_checked()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(TrainingSamples.Single(), selected: [113]);

        Assert.True(Checked(Input(cut, 113)));
        Assert.False(Checked(Input(cut, 111)));
    }

    [Fact]
    public void A_multiple_choice_question_offers_checkboxes()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(TrainingSamples.Multiple());

        var inputs = cut.FindAll("[data-testid=question-option] input");
        Assert.Equal(4, inputs.Count);
        Assert.All(inputs, i => Assert.Equal("checkbox", i.GetAttribute("type")));
        Assert.Empty(cut.FindAll("input[type=radio]"));
        Assert.Contains("Tick every correct answer.", cut.Markup);
    }

    [Fact]
    public void Ticking_a_multiple_choice_option_answers_with_all_ticked_options_in_the_order_shown()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderCard(TrainingSamples.Multiple(), selected: [124]);

        Input(cut, 122).Change(true);

        var answer = Assert.Single(_answers);
        Assert.Equal(12, answer.QuestionId);
        Assert.Equal([122, 124], answer.SelectedOptionIds);
    }

    [Fact]
    public void Unticking_a_multiple_choice_option_leaves_the_others()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderCard(TrainingSamples.Multiple(), selected: [121, 124]);

        Input(cut, 121).Change(false);

        Assert.Equal([124], Assert.Single(_answers).SelectedOptionIds);
    }

    [Fact]
    public void A_true_false_question_offers_two_radios_labelled_by_the_server()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(TrainingSamples.TrueFalse());

        var inputs = cut.FindAll("[data-testid=question-option] input");
        Assert.Equal(2, inputs.Count);
        Assert.All(inputs, i => Assert.Equal("radio", i.GetAttribute("type")));
        Assert.Contains("正确", cut.Find("[data-option='131']").TextContent);
        Assert.Contains("错误", cut.Find("[data-option='132']").TextContent);

        Input(cut, 132).Click();

        Assert.Equal(new SubmittedAnswer(13, [132]).SelectedOptionIds, Assert.Single(_answers).SelectedOptionIds);
    }

    [Fact]
    public void A_disabled_card_cannot_be_changed()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(TrainingSamples.Single(), disabled: true);

        Assert.All(cut.FindAll("[data-testid=question-option] input"), i => Assert.True(i.HasAttribute("disabled")));
    }

    [Fact]
    public void Says_so_when_an_answer_was_not_saved()
    {
        UseCulture(PortalCultures.English);

        var cut = Render<QuizQuestionCard>(p => p
            .Add(x => x.Question, TrainingSamples.Single()).Add(x => x.Number, 1).Add(x => x.Count, 1)
            .Add(x => x.NotSaved, true).Add(x => x.Answered, (SubmittedAnswer _) => { }));

        Assert.Single(cut.FindAll("[data-testid=question-not-saved]"));
    }

    [Fact]
    public void Shows_no_sign_of_which_option_is_correct()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(TrainingSamples.Multiple());

        Assert.DoesNotContain("correct-option", cut.Markup);
        Assert.DoesNotContain("data-right", cut.Markup);
    }
}
