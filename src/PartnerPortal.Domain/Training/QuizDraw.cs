namespace PartnerPortal.Domain.Training;

/// <summary>
/// Draws an attempt's questions from a course's bank at random and shuffles each question's options, so that
/// neighbours and repeat attempts do not see the same paper. The <see cref="Random"/> is passed in, so a test can
/// script it and the service can use <see cref="Random.Shared"/>.
/// </summary>
public static class QuizDraw
{
    /// <summary>
    /// <paramref name="count"/> distinct questions of the bank, in drawn order. The questions are the first
    /// <paramref name="count"/> of a partial Fisher–Yates shuffle of the bank (position i takes a random one of
    /// positions i..n−1); then each question's options are Fisher–Yates shuffled from the last position down.
    /// True/false options keep their "true, false" order, which takers expect; they use no random number.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The bank holds fewer than <paramref name="count"/> questions.</exception>
    public static IReadOnlyList<AttemptQuestion> Draw(IReadOnlyList<QuizQuestion> bank, int count, Random random)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (bank.Count < count)
            throw new ArgumentException($"The bank holds {bank.Count} questions; {count} cannot be drawn.", nameof(bank));

        var questions = bank.ToArray();
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, questions.Length);
            (questions[i], questions[j]) = (questions[j], questions[i]);
        }

        var drawn = new AttemptQuestion[count];
        for (var i = 0; i < count; i++) drawn[i] = new AttemptQuestion(questions[i].Id, OptionOrder(questions[i], random));
        return drawn;
    }

    private static int[] OptionOrder(QuizQuestion question, Random random)
    {
        var ids = question.Options.Select(o => o.Id).ToArray();
        if (question.Kind == QuestionKind.TrueFalse) return ids;
        for (var i = ids.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (ids[i], ids[j]) = (ids[j], ids[i]);
        }
        return ids;
    }
}
