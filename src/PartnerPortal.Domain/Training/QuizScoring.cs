namespace PartnerPortal.Domain.Training;

/// <summary>
/// Scores an attempt on the server (DESIGN rule 8) against the bank's correct options.
/// <list type="bullet">
/// <item>A question earns its point when the set of options selected equals its set of correct options: order and
/// repeats do not matter; an extra option, one missing, or an id the question does not have make it wrong.</item>
/// <item>Unanswered (nothing selected) is wrong.</item>
/// <item>With partial credit on, a multiple-choice question earns correct-selected ÷ correct options, but nothing
/// at all if any selection is wrong, so that ticking every box never pays. Single choice and true/false are
/// always all or nothing.</item>
/// <item>Score = credit earned ÷ questions asked × 100, rounded half up to a whole percent; the sum is exact
/// (fractions, not decimals), so three thirds make exactly one. Passed when that rounded score — the one the taker
/// sees — is at least the pass mark.</item>
/// <item>Answers to questions not in the attempt are ignored, not refused: an expired attempt must always be
/// scorable from what was saved. They are listed in <see cref="QuizResult.IgnoredQuestionIds"/>.</item>
/// </list>
/// </summary>
public static class QuizScoring
{
    /// <exception cref="ArgumentException">The attempt is empty, one of its questions is not in the bank, or two
    /// answers are given for the same question (the caller merges saved answers per question).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The pass mark is outside 1..100.</exception>
    public static QuizResult Score(
        IReadOnlyList<AttemptQuestion> attempt,
        IReadOnlyList<QuizQuestion> bank,
        IReadOnlyList<SubmittedAnswer> answers,
        int passMark,
        bool partialCredit)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(answers);
        if (attempt.Count == 0) throw new ArgumentException("An attempt has at least one question.", nameof(attempt));
        ArgumentOutOfRangeException.ThrowIfLessThan(passMark, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(passMark, 100);

        var questions = QuizLookup.ById(bank);
        var byQuestion = new Dictionary<int, SubmittedAnswer>();
        foreach (var answer in answers)
            if (!byQuestion.TryAdd(answer.QuestionId, answer))
                throw new ArgumentException($"Question {answer.QuestionId} is answered more than once.", nameof(answers));

        var results = new List<QuestionResult>(attempt.Count);
        var earned = Fraction.Zero;
        foreach (var drawn in attempt)
        {
            var question = QuizLookup.Find(questions, drawn.QuestionId);
            var selected = byQuestion.TryGetValue(drawn.QuestionId, out var a) ? a.SelectedOptionIds.Distinct().ToArray() : [];
            var credit = CreditFor(question, selected, partialCredit);
            earned += credit;
            var correctIds = question.Options.Where(o => o.IsCorrect).Select(o => o.Id).ToHashSet();
            results.Add(new QuestionResult(
                question.Id,
                selected.Length > 0,
                credit.IsOne,
                credit.ToDecimal(),
                selected,
                drawn.OptionIds.Where(correctIds.Contains).ToArray()));
        }

        var score = earned.PercentOf(attempt.Count);
        var inAttempt = attempt.Select(q => q.QuestionId).ToHashSet();
        return new QuizResult(
            results,
            results.Count(r => r.IsCorrect),
            attempt.Count,
            score,
            passMark,
            score >= passMark,
            answers.Select(x => x.QuestionId).Where(id => !inAttempt.Contains(id)).Order().ToArray());
    }

    private static Fraction CreditFor(QuizQuestion question, int[] selected, bool partialCredit)
    {
        var correct = question.Options.Where(o => o.IsCorrect).Select(o => o.Id).ToHashSet();
        if (selected.Length == 0 || correct.Count == 0) return Fraction.Zero;
        var wrongSelected = selected.Any(id => !correct.Contains(id));
        if (wrongSelected) return Fraction.Zero;
        if (selected.Length == correct.Count) return Fraction.One;
        return partialCredit && question.Kind == QuestionKind.MultipleChoice
            ? new Fraction(selected.Length, correct.Count)
            : Fraction.Zero;
    }

    /// <summary>A non-negative fraction kept exact, so that partial credits add up without rounding drift.</summary>
    private readonly record struct Fraction(long Numerator, long Denominator)
    {
        public static Fraction Zero => new(0, 1);
        public static Fraction One => new(1, 1);

        public bool IsOne => Numerator == Denominator;

        public decimal ToDecimal() => (decimal)Numerator / Denominator;

        public static Fraction operator +(Fraction a, Fraction b)
        {
            var numerator = checked(a.Numerator * b.Denominator + b.Numerator * a.Denominator);
            var denominator = checked(a.Denominator * b.Denominator);
            var gcd = (long)System.Numerics.BigInteger.GreatestCommonDivisor(numerator, denominator);
            return new Fraction(numerator / gcd, denominator / gcd);
        }

        /// <summary>This over <paramref name="total"/> × 100, rounded half up: floor((200·n + d·t) ÷ (2·d·t)).</summary>
        public int PercentOf(int total)
        {
            var scaled = checked(Denominator * total);
            return (int)(checked(200 * Numerator + scaled) / (2 * scaled));
        }
    }
}
