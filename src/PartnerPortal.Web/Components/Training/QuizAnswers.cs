using PartnerPortal.Domain.Training;

namespace PartnerPortal.Web.Components.Training;

/// <summary>
/// The taker's answers while an attempt runs, as the page shows them: what is ticked for each question and how many
/// are answered. Scoring is the server's; this only keeps the selection in step with what was saved.
/// </summary>
public sealed class QuizAnswers
{
    private readonly IReadOnlyList<TakerQuestion> _questions;
    private readonly Dictionary<int, IReadOnlyList<int>> _selected = [];

    public QuizAnswers(IReadOnlyList<TakerQuestion> questions, IReadOnlyList<SubmittedAnswer> saved)
    {
        _questions = questions;
        foreach (var answer in saved) Set(answer);
    }

    public int QuestionCount => _questions.Count;

    public int AnsweredCount => _questions.Count(q => SelectedFor(q.Id).Count > 0);

    /// <summary>The numbers (from 1, in attempt order) of the questions with nothing selected.</summary>
    public IReadOnlyList<int> UnansweredNumbers => _questions
        .Select((q, i) => (q, Number: i + 1))
        .Where(x => SelectedFor(x.q.Id).Count == 0)
        .Select(x => x.Number)
        .ToList();

    public IReadOnlyList<int> SelectedFor(int questionId) => _selected.GetValueOrDefault(questionId) ?? [];

    /// <summary>Takes a new answer, keeping only the question's own options, each once, in the order shown.</summary>
    /// <returns>The answer as kept, to be saved; null for a question that is not in the attempt.</returns>
    public SubmittedAnswer? Set(SubmittedAnswer answer)
    {
        var question = _questions.FirstOrDefault(q => q.Id == answer.QuestionId);
        if (question is null) return null;
        var kept = question.Options.Select(o => o.Id).Where(answer.SelectedOptionIds.Contains).ToList();
        _selected[question.Id] = kept;
        return new SubmittedAnswer(question.Id, kept);
    }

    /// <summary>The answer of a single-choice or true/false question when one option is picked.</summary>
    public static SubmittedAnswer Choose(TakerQuestion question, int optionId) => new(question.Id, [optionId]);

    /// <summary>The answer of a multiple-choice question when one option is ticked or unticked.</summary>
    public static SubmittedAnswer Toggle(TakerQuestion question, IReadOnlyList<int> selected, int optionId, bool ticked) =>
        new(question.Id, question.Options
            .Select(o => o.Id)
            .Where(id => id == optionId ? ticked : selected.Contains(id))
            .ToList());
}
