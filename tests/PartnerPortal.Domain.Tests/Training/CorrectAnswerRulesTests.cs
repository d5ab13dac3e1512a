using PartnerPortal.Domain.Training;

namespace PartnerPortal.Domain.Tests.Training;

public class CorrectAnswerRulesTests
{
    private const CorrectAnswersShown Default = CorrectAnswersShown.AfterPassingOrLastAttempt;
    private const CorrectAnswersShown Passing = CorrectAnswersShown.AfterPassing;
    private const CorrectAnswersShown Never = CorrectAnswersShown.Never;

    [Theory]
    // setting, passed, attempts used, limit, an attempt running, shown?
    [InlineData(Default, false, 1, 3, false, false)]  // failed the first of three: a retake draws from the same bank
    [InlineData(Default, false, 2, 3, false, false)]
    [InlineData(Default, false, 3, 3, false, true)]   // the last attempt failed: nothing left to give away
    [InlineData(Default, false, 3, 3, true, false)]   // the last attempt is still running: an earlier result must not help it
    [InlineData(Default, false, 4, 3, false, true)]   // the limit was lowered after four attempts
    [InlineData(Default, true, 1, 3, false, true)]    // passed
    [InlineData(Default, true, 2, null, false, true)]
    [InlineData(Default, false, 9, null, false, false)] // no limit: there is no last attempt
    [InlineData(Default, false, 1, 1, false, true)]   // a single attempt, used
    [InlineData(Passing, false, 1, 3, false, false)]
    [InlineData(Passing, false, 3, 3, false, false)]  // failed every attempt: still not shown
    [InlineData(Passing, true, 2, 3, false, true)]
    [InlineData(Passing, true, 1, null, false, true)]
    [InlineData(Never, true, 1, 3, false, false)]
    [InlineData(Never, false, 3, 3, false, false)]
    [InlineData(Never, true, 3, null, false, false)]
    public void Correct_answers_are_shown_only_as_the_course_setting_allows(CorrectAnswersShown setting, bool passed, int used, int? limit, bool running,
        bool shown)
    {
        Assert.Equal(shown, CorrectAnswerRules.MayShow(setting, passed, used, limit, running));
    }

    [Fact]
    public void After_passing_or_the_last_attempt_is_the_default()
    {
        Assert.Equal(CorrectAnswersShown.AfterPassingOrLastAttempt, new Course().ShowCorrectAnswers);
        Assert.Equal(CorrectAnswersShown.AfterPassingOrLastAttempt, default(CorrectAnswersShown));
    }

    [Fact]
    public void An_unknown_setting_shows_nothing()
    {
        Assert.False(CorrectAnswerRules.MayShow((CorrectAnswersShown)99, true, 3, 3, false));
    }
}
