namespace PartnerPortal.Domain.Training;

/// <summary>
/// How one question of an attempt was scored. Shown only after the attempt is submitted or expired, which is when
/// the correct options may be revealed.
/// </summary>
/// <param name="Answered">At least one option was selected.</param>
/// <param name="IsCorrect">Full credit: exactly the correct options were selected.</param>
/// <param name="Credit">The part of a point earned, 0 to 1; between them only for multiple choice with partial credit.</param>
/// <param name="SelectedOptionIds">As submitted, each once.</param>
/// <param name="CorrectOptionIds">In the order the taker saw the options.</param>
public sealed record QuestionResult(
    int QuestionId,
    bool Answered,
    bool IsCorrect,
    decimal Credit,
    IReadOnlyList<int> SelectedOptionIds,
    IReadOnlyList<int> CorrectOptionIds);
