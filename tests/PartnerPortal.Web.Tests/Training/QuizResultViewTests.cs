using Bunit;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Training;
using PartnerPortal.Web.Components.Training;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Training;

/// <summary>An ended attempt: the score and verdict, and per question the taker's choice and, where wrong, the right options.</summary>
public sealed class QuizResultViewTests : BunitTestContext
{
    private IRenderedComponent<QuizResultView> RenderResult(AttemptView attempt) =>
        Render<QuizResultView>(p => p.Add(x => x.Attempt, attempt));

    private static AngleSharp.Dom.IElement Question(IRenderedComponent<QuizResultView> cut, int id) =>
        cut.Find($"[data-testid=result-question][data-question='{id}']");

    private static AngleSharp.Dom.IElement Option(AngleSharp.Dom.IElement question, int id) =>
        question.QuerySelector($"[data-testid=result-option][data-option='{id}']")!;

    [Fact]
    public void A_failed_attempt_shows_the_score_the_pass_mark_and_no_certificate()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderResult(TrainingSamples.Ended());

        var banner = cut.Find("[data-testid=result-banner]");
        Assert.Equal("false", banner.GetAttribute("data-passed"));
        Assert.Contains("Not passed", banner.TextContent);
        Assert.Equal("You scored 33%; the pass mark is 60%.", cut.Find("[data-testid=result-score]").TextContent.Trim());
        Assert.Equal("1 of 3 questions correct", cut.Find("[data-testid=result-correct]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=certificate-link]"));
        Assert.Empty(cut.FindAll("[data-testid=result-points]"));
    }

    [Fact]
    public void A_passed_attempt_shows_the_points_and_the_certificate()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderResult(TrainingSamples.Ended(passed: true, points: 50, certificate: "K7M2Q9XH4P"));

        Assert.Equal("true", cut.Find("[data-testid=result-banner]").GetAttribute("data-passed"));
        Assert.Contains("50 points credited to your account.", cut.Find("[data-testid=result-points]").TextContent);
        Assert.Equal("/training/certificates/K7M2Q9XH4P.pdf", cut.Find("[data-testid=certificate-link]").GetAttribute("href"));
    }

    [Fact]
    public void Marks_each_question_right_or_wrong()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderResult(TrainingSamples.Ended());

        Assert.Equal("true", Question(cut, 11).GetAttribute("data-correct"));
        Assert.Contains("Correct", Question(cut, 11).QuerySelector("[data-testid=result-verdict]")!.TextContent);
        Assert.Equal("false", Question(cut, 12).GetAttribute("data-correct"));
        Assert.Contains("Wrong", Question(cut, 12).QuerySelector("[data-testid=result-verdict]")!.TextContent);
        Assert.Contains("Not answered", Question(cut, 13).QuerySelector("[data-testid=result-verdict]")!.TextContent);
    }

    [Fact]
    public void Marks_the_takers_choices()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderResult(TrainingSamples.Ended());

        var multiple = Question(cut, 12);
        Assert.Equal("true", Option(multiple, 121).GetAttribute("data-selected"));
        Assert.Equal("true", Option(multiple, 123).GetAttribute("data-selected"));
        Assert.Null(Option(multiple, 122).GetAttribute("data-selected"));
        Assert.Contains("Your answer", Option(multiple, 123).TextContent);
    }

    [Fact]
    public void Highlights_the_correct_options_of_wrong_questions_only()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderResult(TrainingSamples.Ended());

        // Wrong: the right options are pointed out, the wrongly ticked one is not.
        var multiple = Question(cut, 12);
        Assert.Equal(["121", "122", "124"], multiple.QuerySelectorAll("[data-right=true]").Select(o => o.GetAttribute("data-option")!).ToArray());
        Assert.Null(Option(multiple, 123).GetAttribute("data-right"));
        Assert.Contains("Correct answer", Option(multiple, 122).TextContent);
        // Unanswered: still shows the right one.
        Assert.Equal("true", Option(Question(cut, 13), 132).GetAttribute("data-right"));
        // Right: nothing more to point out.
        Assert.Empty(Question(cut, 11).QuerySelectorAll("[data-right]"));
    }

    [Fact]
    public void Says_when_the_time_limit_ended_the_attempt()
    {
        UseCulture(PortalCultures.English);

        Assert.Empty(RenderResult(TrainingSamples.Ended()).FindAll("[data-testid=result-expired]"));
        Assert.Single(RenderResult(TrainingSamples.Ended(status: AttemptStatus.Expired)).FindAll("[data-testid=result-expired]"));
    }

    [Fact]
    public void Hidden_answers_show_the_takers_choices_without_a_verdict_or_the_right_options()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderResult(TrainingSamples.Ended(answersShown: false));

        Assert.Equal("The correct answers are shown once you pass or have used your last attempt.",
            cut.Find("[data-testid=result-answers-hidden]").TextContent.Trim());
        Assert.Equal("1 of 3 questions correct", cut.Find("[data-testid=result-correct]").TextContent.Trim());
        Assert.Equal(3, cut.FindAll("[data-testid=result-question]").Count);
        Assert.Empty(cut.FindAll("[data-testid=result-verdict]"));
        Assert.Empty(cut.FindAll("[data-correct]"));
        Assert.Empty(cut.FindAll("[data-right]"));
        Assert.Empty(cut.FindAll("[data-testid=correct-option]"));
        var multiple = Question(cut, 12);
        Assert.Equal(["121", "123"], multiple.QuerySelectorAll("[data-selected=true]").Select(o => o.GetAttribute("data-option")!).ToArray());
        Assert.Contains("Your answer", Option(multiple, 121).TextContent);
        Assert.NotNull(Question(cut, 13).QuerySelector("[data-testid=result-unanswered]"));
    }

    [Theory]
    [InlineData(CorrectAnswersShown.AfterPassing, PortalCultures.English, "The correct answers are shown once you pass.")]
    [InlineData(CorrectAnswersShown.Never, PortalCultures.English, "The correct answers of this course's quiz are not shown.")]
    [InlineData(CorrectAnswersShown.AfterPassingOrLastAttempt, PortalCultures.Chinese, "通过测验或用完最后一次测验机会后即可查看正确答案。")]
    [InlineData(CorrectAnswersShown.Never, PortalCultures.Chinese, "本课程测验不显示正确答案。")]
    public void The_note_says_when_the_answers_will_be_shown(CorrectAnswersShown setting, string culture, string note)
    {
        UseCulture(culture);

        var cut = RenderResult(TrainingSamples.Ended(answersShown: false, setting: setting));

        Assert.Equal(note, cut.Find("[data-testid=result-answers-hidden]").TextContent.Trim());
    }

    [Fact]
    public void Shown_answers_need_no_note()
    {
        Assert.Empty(RenderResult(TrainingSamples.Ended()).FindAll("[data-testid=result-answers-hidden]"));
    }
}
