using Bunit;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Training.Authoring;
using PartnerPortal.Web.Components.Training.Authoring;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Training.Authoring;

/// <summary>
/// The question editor checks a question by the publishing rules before it saves: a question without a correct option is
/// flagged while it is written and refused when saved. Save stands in for the service.
/// </summary>
public sealed class QuestionEditorTests : BunitTestContext
{
    private readonly List<QuestionDraft> _saved = [];
    private IReadOnlyList<Problem> _serviceProblems = [];
    private int _savedEvents;

    private IRenderedComponent<QuestionEditor> RenderEditor(QuestionForm form) =>
        Render<QuestionEditor>(p => p
            .Add(x => x.Form, form)
            .Add(x => x.Save, draft =>
            {
                _saved.Add(draft);
                return Task.FromResult(_serviceProblems);
            })
            .Add(x => x.OnSaved, () => _savedEvents++));

    private static QuestionForm Unanswered()
    {
        var form = new QuestionForm { Text = "室外机离墙最少多远？", TextEn = "How far from the wall?" };
        form.Options[0].Text = "10 cm";
        form.Options[1].Text = "30 cm";
        form.Options[2].Text = "1 m";
        return form;
    }

    [Fact]
    public void A_question_without_a_correct_option_is_flagged_and_refused()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderEditor(Unanswered());

        Assert.Equal("Mark the correct answer.", cut.Find("[data-testid=question-no-answer]").TextContent.Trim());

        cut.Find("form").Submit();

        Assert.Empty(_saved);
        Assert.Equal(0, _savedEvents);
        Assert.Equal("Options: needs an option marked correct.", cut.Find("[data-testid=question-options-problem]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=problems]"));
    }

    [Fact]
    public void Picking_the_correct_option_saves_the_question_with_it()
    {
        UseCulture(PortalCultures.English);
        var form = Unanswered();
        var cut = RenderEditor(form);

        var radios = cut.FindAll("[data-testid=option-correct] input");
        Assert.Equal(3, radios.Count);
        Assert.All(radios, r => Assert.Equal("radio", r.GetAttribute("type")));
        radios[1].Click();
        cut.Find("form").Submit();

        var draft = Assert.Single(_saved);
        Assert.Equal(QuestionKind.SingleChoice, draft.Kind);
        Assert.Equal([false, true, false], draft.Options.Select(o => o.IsCorrect));
        Assert.Equal(1, _savedEvents);
        Assert.Empty(cut.FindAll("[data-testid=question-no-answer]"));
    }

    [Fact]
    public void A_multiple_choice_question_marks_its_answers_with_checkboxes()
    {
        UseCulture(PortalCultures.English);
        var form = Unanswered();
        form.ChangeKind(QuestionKind.MultipleChoice);
        var cut = RenderEditor(form);

        var boxes = cut.FindAll("[data-testid=option-correct] input");
        Assert.All(boxes, b => Assert.Equal("checkbox", b.GetAttribute("type")));
        boxes[0].Change(true);
        cut.FindAll("[data-testid=option-correct] input")[2].Change(true);
        cut.Find("form").Submit();

        Assert.Equal([true, false, true], Assert.Single(_saved).Options.Select(o => o.IsCorrect));
    }

    [Fact]
    public void A_true_false_question_has_the_two_fixed_options()
    {
        UseCulture(PortalCultures.English);
        var form = Unanswered();
        form.ChangeKind(QuestionKind.TrueFalse);
        var cut = RenderEditor(form);

        Assert.Equal(2, cut.FindAll("[data-testid=question-option]").Count);
        Assert.Empty(cut.FindAll("[data-testid=add-option]"));
        Assert.Empty(cut.FindAll("[data-testid=remove-option]"));
        cut.FindAll("[data-testid=option-correct] input")[1].Click();
        cut.Find("form").Submit();

        var draft = Assert.Single(_saved);
        Assert.Equal([("正确", "True", false), ("错误", "False", true)], draft.Options.Select(o => (o.Text, o.TextEn, o.IsCorrect)));
    }

    [Fact]
    public void An_option_without_text_and_the_services_problems_are_shown_at_their_fields()
    {
        UseCulture(PortalCultures.English);
        var form = Unanswered();
        form.MarkOnlyCorrect(0);
        form.Options[2].Text = " ";
        var cut = RenderEditor(form);

        cut.Find("form").Submit();

        Assert.Empty(_saved);
        var third = cut.FindAll("[data-testid=question-option]")[2].TextContent;
        Assert.Contains("Option C · Text (Chinese): is required.", third);

        form.Options[2].Text = "1 m";
        _serviceProblems = [new Problem(ProblemCodes.NotFound, "Question")];
        cut.Find("form").Submit();

        Assert.Single(_saved);
        Assert.Equal(0, _savedEvents);
        Assert.Equal("Question: does not exist or is not accessible to you.", cut.Find("[data-testid=problems] li").TextContent.Trim());
    }

    [Fact]
    public void Options_are_added_up_to_ten_and_removed_down_to_two()
    {
        var form = Unanswered();
        var cut = RenderEditor(form);

        for (var i = 0; i < 10; i++)
            if (cut.FindAll("[data-testid=add-option]").Count > 0) cut.Find("[data-testid=add-option]").Click();
        Assert.Equal(QuizQuestion.MaxOptions, cut.FindAll("[data-testid=question-option]").Count);
        Assert.Empty(cut.FindAll("[data-testid=add-option]"));

        while (!cut.FindAll("[data-testid=remove-option]")[0].HasAttribute("disabled")) cut.FindAll("[data-testid=remove-option]")[0].Click();
        Assert.Equal(QuizQuestion.MinOptions, form.Options.Count);
    }
}
