namespace PartnerPortal.Domain.Training;

/// <summary>
/// Whether an ended attempt's result may say which options were right and which questions were answered wrongly. A
/// true/false verdict of "wrong" names the right answer as surely as the right option does, so both are released
/// together, and only when the course's <see cref="CorrectAnswersShown"/> setting allows it (DESIGN rule 8).
/// </summary>
public static class CorrectAnswerRules
{
    /// <param name="passed">The learner has passed any attempt of the course.</param>
    /// <param name="attemptsUsed">Attempts started so far, ended or not.</param>
    /// <param name="attemptLimit">Null for no limit: there is then no last attempt.</param>
    /// <param name="attemptRunning">An attempt is still in progress: the last attempt has not ended.</param>
    public static bool MayShow(CorrectAnswersShown setting, bool passed, int attemptsUsed, int? attemptLimit, bool attemptRunning) => setting switch
    {
        CorrectAnswersShown.Never => false,
        CorrectAnswersShown.AfterPassing => passed,
        CorrectAnswersShown.AfterPassingOrLastAttempt => passed || (!attemptRunning && AttemptRules.AttemptsLeft(attemptsUsed, attemptLimit) == 0),
        _ => false,
    };
}
