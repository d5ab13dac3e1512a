namespace PartnerPortal.Domain.Training;

/// <summary>Turns a drawn attempt into what the taker is shown.</summary>
public static class QuizPaper
{
    /// <summary>The attempt's questions in drawn order, each with its options in drawn order and no correctness.</summary>
    /// <exception cref="ArgumentException">A drawn question or option is not in the bank: the paper would silently differ from the one scored.</exception>
    public static IReadOnlyList<TakerQuestion> ForTaker(IReadOnlyList<AttemptQuestion> attempt, IReadOnlyList<QuizQuestion> bank)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var questions = QuizLookup.ById(bank);
        return attempt.Select(drawn =>
        {
            var question = QuizLookup.Find(questions, drawn.QuestionId);
            var options = question.Options.ToDictionary(o => o.Id);
            return new TakerQuestion(question.Id, question.Kind, question.Text, drawn.OptionIds.Select(id =>
                options.TryGetValue(id, out var option)
                    ? new TakerOption(option.Id, option.Text)
                    : throw new ArgumentException($"Option {id} is not an option of question {question.Id}.", nameof(attempt))).ToArray());
        }).ToArray();
    }
}
