namespace PartnerPortal.Domain.Training;

/// <summary>An attempt's result: the score, pass or fail, and each question's outcome.</summary>
/// <param name="Questions">In attempt order.</param>
/// <param name="CorrectCount">Questions with full credit.</param>
/// <param name="ScorePercent">Credit earned over questions asked, as a whole percent rounded half up.</param>
/// <param name="Passed"><paramref name="ScorePercent"/> is at least <paramref name="PassMark"/>.</param>
/// <param name="IgnoredQuestionIds">Answers to questions that were not in the attempt, ignored; worth logging, as
/// the page never sends them.</param>
public sealed record QuizResult(
    IReadOnlyList<QuestionResult> Questions,
    int CorrectCount,
    int QuestionCount,
    int ScorePercent,
    int PassMark,
    bool Passed,
    IReadOnlyList<int> IgnoredQuestionIds);
