namespace PartnerPortal.Domain.Training;

/// <summary>What the taker selected for one question (saved as they go, and final when the attempt is submitted or expires).</summary>
/// <param name="SelectedOptionIds">The options ticked; the same id twice counts once, none means unanswered.</param>
public sealed record SubmittedAnswer(int QuestionId, IReadOnlyList<int> SelectedOptionIds);
