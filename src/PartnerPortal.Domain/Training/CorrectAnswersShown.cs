namespace PartnerPortal.Domain.Training;

/// <summary>
/// When a learner may see the right options of an ended attempt. Retakes draw from the same question bank, so showing
/// them after a failed attempt hands the next attempt its answers.
/// </summary>
public enum CorrectAnswersShown
{
    /// <summary>Once the learner has passed, or has no attempt left; the default.</summary>
    AfterPassingOrLastAttempt,
    /// <summary>Only once the learner has passed.</summary>
    AfterPassing,
    /// <summary>Never: the result gives the score only.</summary>
    Never,
}
