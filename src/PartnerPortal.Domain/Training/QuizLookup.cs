namespace PartnerPortal.Domain.Training;

/// <summary>Finding an attempt's questions in the bank, shared by the paper and the scoring.</summary>
internal static class QuizLookup
{
    public static Dictionary<int, QuizQuestion> ById(IReadOnlyList<QuizQuestion> bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        return bank.ToDictionary(q => q.Id);
    }

    public static QuizQuestion Find(Dictionary<int, QuizQuestion> bank, int questionId) =>
        bank.TryGetValue(questionId, out var question)
            ? question
            : throw new ArgumentException($"Question {questionId} of the attempt is not in the bank.", nameof(bank));
}
