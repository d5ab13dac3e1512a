namespace PartnerPortal.Domain.Training;

/// <summary>
/// A question as the taker's browser receives it while the attempt is open: no option says whether it is correct,
/// so the answers cannot be read from the page or the circuit (DESIGN rule 8). Built by <see cref="QuizPaper.ForTaker"/>.
/// </summary>
/// <param name="Options">In the order drawn for this attempt.</param>
public sealed record TakerQuestion(int Id, QuestionKind Kind, string Text, IReadOnlyList<TakerOption> Options);
