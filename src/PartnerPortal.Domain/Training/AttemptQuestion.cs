namespace PartnerPortal.Domain.Training;

/// <summary>
/// One question of an attempt as drawn: which bank question, and the order its options were shown in. An attempt
/// stores these so that reloading the page shows the same paper and the result lists questions as the taker saw them.
/// </summary>
public sealed record AttemptQuestion(int QuestionId, IReadOnlyList<int> OptionIds);
