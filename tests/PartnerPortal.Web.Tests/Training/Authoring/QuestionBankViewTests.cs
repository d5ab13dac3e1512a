using Bunit;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Training.Authoring;
using PartnerPortal.Web.Components.Training.Authoring;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Training.Authoring;

/// <summary>The bank shows the answers to its authors and flags each question publishing would refuse.</summary>
public sealed class QuestionBankViewTests : BunitTestContext
{
    private static QuestionEditView Question(int id, string text, params (string Text, bool Correct)[] options) =>
        new(id, id, QuestionKind.SingleChoice, text, text, options.Select((o, i) => new OptionEditView(id * 10 + i, o.Text, o.Text, o.Correct)).ToList());

    private static readonly IReadOnlyList<QuestionEditView> Bank =
    [
        Question(1, "How far from the wall?", ("10 cm", false), ("30 cm", true)),
        Question(2, "Check the earth?", ("Yes", false), ("No", false)),
        Question(3, "Minutes of vacuum?", ("5", false), ("15", true)),
    ];

    [Fact]
    public void A_question_without_a_correct_option_is_flagged_with_the_problem_publishing_named()
    {
        UseCulture(PortalCultures.English);
        var problems = new AuthoringProblems([new Problem(ProblemCodes.NoCorrectOption, "Questions[1].Options")]);

        var cut = Render<QuestionBankView>(p => p.Add(x => x.Questions, Bank).Add(x => x.QuestionsPerAttempt, 2).Add(x => x.Problems, problems));

        var rows = cut.FindAll("[data-testid=question-row]");
        Assert.Equal(["false", "true", "false"], rows.Select(r => r.GetAttribute("data-flagged")));
        // Named once, though both publishing and the rules find it.
        var problem = Assert.Single(rows[1].QuerySelectorAll("[data-testid=question-problem]"));
        Assert.Equal("Options: needs an option marked correct.", problem.TextContent.Trim());
        Assert.Equal(["false", "true"], rows[0].QuerySelectorAll("[data-testid=question-row-option]").Select(o => o.GetAttribute("data-correct")));
        Assert.Empty(cut.FindAll("[data-testid=edit-question]"));
    }

    [Fact]
    public void A_question_is_flagged_before_publishing_too_and_the_bank_problems_are_listed()
    {
        UseCulture(PortalCultures.English);
        var problems = new AuthoringProblems([new Problem(ProblemCodes.QuizBankTooSmall, "QuestionsPerAttempt", 5, 3)]);

        var cut = Render<QuestionBankView>(p => p.Add(x => x.Questions, Bank).Add(x => x.QuestionsPerAttempt, 5).Add(x => x.Problems, problems)
            .Add(x => x.Editable, true));

        Assert.Equal("true", cut.FindAll("[data-testid=question-row]")[1].GetAttribute("data-flagged"));
        Assert.Equal("Questions drawn per attempt: draws 5 questions per attempt but the bank holds only 3.",
            cut.Find("[data-testid=question-bank-problem]").TextContent.Trim());
        Assert.Equal(3, cut.FindAll("[data-testid=edit-question]").Count);
    }
}
