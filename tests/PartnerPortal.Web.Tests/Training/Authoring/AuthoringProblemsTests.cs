using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Common;
using PartnerPortal.Web.Components.Training.Authoring;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace PartnerPortal.Web.Tests.Training.Authoring;

/// <summary>Problems of the bank read as the page shows the questions: numbered from 1, options lettered from A.</summary>
public sealed class AuthoringProblemsTests : BunitTestContext
{
    [Fact]
    public void A_problem_of_a_questions_option_names_the_question_and_the_option()
    {
        UseCulture(PortalCultures.English);
        var localizer = Services.GetRequiredService<IStringLocalizer<SharedResource>>();

        Assert.Equal("Question 4 · Options: needs an option marked correct.",
            AuthoringProblems.Format(localizer, new Problem(ProblemCodes.NoCorrectOption, "Questions[3].Options")));
        Assert.Equal("Question 1 · Option B · Text (Chinese): is required.",
            AuthoringProblems.Format(localizer, new Problem(ProblemCodes.Required, "Questions[0].Options[1].Text")));
        Assert.Equal("Lessons: is required.", AuthoringProblems.Format(localizer, new Problem(ProblemCodes.Required, "Lessons")));
    }

    [Fact]
    public void The_problems_of_one_row_are_found_under_its_prefix()
    {
        var problems = new AuthoringProblems(
        [
            new Problem(ProblemCodes.NoCorrectOption, "Questions[1].Options"),
            new Problem(ProblemCodes.Required, "Questions[10].Text"),
            new Problem(ProblemCodes.Required, "Lessons"),
        ]);

        var second = problems.Under("Questions[1].");

        Assert.Equal(["Options"], second.All.Select(p => p.Field));
        Assert.True(second.Has("Options"));
        Assert.Equal(["Lessons"], problems.NotShownBy(f => f.StartsWith("Questions", StringComparison.Ordinal)).Select(p => p.Field));
    }
}
