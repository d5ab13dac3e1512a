using PartnerPortal.Domain.Training;
using static PartnerPortal.Domain.Tests.Training.QuizBank;

namespace PartnerPortal.Domain.Tests.Training;

public class QuizScoringTests
{
    private static QuizResult Score(
        IReadOnlyList<AttemptQuestion> attempt, IReadOnlyList<SubmittedAnswer> answers, int passMark = 60, bool partialCredit = false,
        IReadOnlyList<QuizQuestion>? bank = null) =>
        QuizScoring.Score(attempt, bank ?? Five, answers, passMark, partialCredit);

    private static SubmittedAnswer A(int questionId, params int[] selected) => new(questionId, selected);

    // ---- One question: right or wrong --------------------------------------------------------

    public static TheoryData<int, int[], bool> AllOrNothing => new()
    {
        // question, selected,          correct?
        { 1, [11],             true },   // the one correct option
        { 1, [12],             false },
        { 1, [11, 12],         false },  // two picks on a single-choice question: not "the" answer
        { 1, [11, 11],         true },   // the same option twice is one selection
        { 1, [19],             false },  // an option the question does not have
        { 1, [11, 19],         false },  // …is a wrong selection even beside the right one
        { 2, [21, 22, 24],     true },   // every correct option
        { 2, [24, 21, 22],     true },   // in any order
        { 2, [21, 22],         false },  // one correct option missing
        { 2, [21, 22, 23, 24], false },  // everything ticked, including the wrong one
        { 2, [23],             false },
        { 3, [31],             true },   // "True" is right
        { 3, [32],             false },
        { 3, [31, 32],         false },  // both true and false
    };

    [Theory]
    [MemberData(nameof(AllOrNothing))]
    public void A_question_is_right_when_exactly_its_correct_options_are_selected(int questionId, int[] selected, bool correct)
    {
        var question = Five.Single(q => q.Id == questionId);

        var result = Assert.Single(Score(AsDrawn(question), [A(questionId, selected)]).Questions);

        Assert.Equal((questionId, correct, correct ? 1m : 0m), (result.QuestionId, result.IsCorrect, result.Credit));
    }

    [Fact]
    public void An_unanswered_question_is_wrong()
    {
        var result = Score(AsDrawn(Single1, TrueFalse3), [A(3, 31)]);

        var q1 = result.Questions[0];
        Assert.Equal((1, false, false, 0m), (q1.QuestionId, q1.Answered, q1.IsCorrect, q1.Credit));
        Assert.Empty(q1.SelectedOptionIds);
        Assert.Equal(50, result.ScorePercent);
    }

    [Fact]
    public void An_answer_with_no_option_selected_counts_as_unanswered()
    {
        var q1 = Score(AsDrawn(Single1), [A(1)]).Questions[0];

        Assert.Equal((false, false, 0m), (q1.Answered, q1.IsCorrect, q1.Credit));
    }

    // ---- Partial credit on multiple choice ---------------------------------------------------

    public static TheoryData<int, int[], decimal> Partial => new()
    {
        // question, selected,      credit
        { 2, [21, 22, 24], 1m },          // all three correct options
        { 2, [21, 22],     2m / 3m },     // two of three
        { 2, [24],         1m / 3m },     // one of three
        { 2, [21, 23],     0m },          // a wrong option cancels the right one
        { 2, [21, 22, 23, 24], 0m },      // ticking everything earns nothing
        { 2, [21, 29],     0m },          // an unknown option is a wrong one
        { 2, [],           0m },
        { 4, [41],         0.5m },        // one of two
        { 1, [11, 12],     0m },          // single choice never earns part of a point
        { 1, [11],         1m },
        { 3, [31, 32],     0m },          // nor does true/false
    };

    [Theory]
    [MemberData(nameof(Partial))]
    public void With_partial_credit_a_multiple_choice_question_earns_the_share_of_correct_options_selected(int questionId, int[] selected, decimal credit)
    {
        var question = Five.Single(q => q.Id == questionId);

        var result = Assert.Single(Score(AsDrawn(question), [A(questionId, selected)], partialCredit: true).Questions);

        Assert.Equal(credit, result.Credit);
        Assert.Equal(credit == 1m, result.IsCorrect);
    }

    // ---- Score and pass ----------------------------------------------------------------------

    public static TheoryData<int[], int> FourQuestionScores => new()
    {
        // right answers to [Q1 Q2 Q3 Q4] (1 = right), score %
        { [1, 1, 1, 1], 100 },
        { [1, 1, 1, 0], 75 },
        { [0, 1, 0, 0], 25 },
        { [0, 0, 0, 0], 0 },
    };

    [Theory]
    [MemberData(nameof(FourQuestionScores))]
    public void The_score_is_the_share_of_questions_answered_right(int[] right, int score)
    {
        var answers = new[]
        {
            A(1, right[0] == 1 ? 11 : 12),
            A(2, right[1] == 1 ? [21, 22, 24] : [21]),
            A(3, right[2] == 1 ? 31 : 32),
            A(4, right[3] == 1 ? [41, 42] : [43]),
        };

        var result = Score(AsDrawn(Single1, Multiple2, TrueFalse3, Multiple4), answers);

        Assert.Equal((right.Sum(), 4, score), (result.CorrectCount, result.QuestionCount, result.ScorePercent));
    }

    /// <summary>Eight single-choice questions 101–108; option n1 is right, n2 wrong.</summary>
    private static IReadOnlyList<QuizQuestion> EightSingles { get; } =
        Enumerable.Range(101, 8).Select(id => Question(id, QuestionKind.SingleChoice, (id * 10 + 1, true), (id * 10 + 2, false))).ToArray();

    [Theory]
    [InlineData(1, 13)]   // 12.5 → 13: half rounds up
    [InlineData(3, 38)]   // 37.5 → 38
    [InlineData(5, 63)]   // 62.5 → 63
    [InlineData(7, 88)]   // 87.5 → 88
    [InlineData(2, 25)]
    [InlineData(8, 100)]
    public void The_score_is_rounded_half_up_to_a_whole_percent(int right, int score)
    {
        var answers = EightSingles.Select((q, i) => A(q.Id, q.Id * 10 + (i < right ? 1 : 2))).ToArray();

        var result = Score(AsDrawn(EightSingles.ToArray()), answers, bank: EightSingles);

        Assert.Equal(score, result.ScorePercent);
    }

    [Theory]
    [InlineData(2, 67)]   // 66.67 → 67
    [InlineData(1, 33)]   // 33.33 → 33
    public void Thirds_round_to_the_nearest_percent(int right, int score)
    {
        var answers = new[] { A(1, right >= 1 ? 11 : 12), A(2, right >= 2 ? [21, 22, 24] : [23]), A(3, 32) };

        Assert.Equal(score, Score(AsDrawn(Single1, Multiple2, TrueFalse3), answers).ScorePercent);
    }

    [Fact]
    public void Partial_credits_are_added_up_before_rounding()
    {
        // Q1 right (1) + Q2 one of three (1/3) + Q3 wrong (0) + Q4 one of two (1/2) = 11/6 of 4 questions
        // = 45.83 % → 46. Without partial credit only Q1 counts: 1/4 = 25 %.
        IReadOnlyList<SubmittedAnswer> answers = [A(1, 11), A(2, 21), A(3, 32), A(4, 41)];
        var attempt = AsDrawn(Single1, Multiple2, TrueFalse3, Multiple4);

        var partial = Score(attempt, answers, partialCredit: true);
        var whole = Score(attempt, answers, partialCredit: false);

        Assert.Equal((1, 46), (partial.CorrectCount, partial.ScorePercent));
        Assert.Equal((1, 25), (whole.CorrectCount, whole.ScorePercent));
    }

    [Fact]
    public void Partial_credit_sums_are_exact_so_thirds_that_make_a_whole_still_round_half_up()
    {
        // Three multiple-choice questions with three correct options each, one of three selected on each:
        // 1/3 + 1/3 + 1/3 = exactly 1 of 8 questions = 12.5 % → 13. (Summing 0.333… as decimals would give
        // 12.4999… and round down to 12.)
        QuizQuestion[] bank =
        [
            Question(1, QuestionKind.MultipleChoice, (11, true), (12, true), (13, true), (14, false)),
            Question(2, QuestionKind.MultipleChoice, (21, true), (22, true), (23, true), (24, false)),
            Question(3, QuestionKind.MultipleChoice, (31, true), (32, true), (33, true), (34, false)),
            .. EightSingles.Take(5),
        ];
        var answers = new[] { A(1, 11), A(2, 22), A(3, 33) }
            .Concat(EightSingles.Take(5).Select(q => A(q.Id, q.Id * 10 + 2)))
            .ToArray();

        var result = Score(AsDrawn(bank), answers, partialCredit: true, bank: bank);

        Assert.Equal((0, 8, 13), (result.CorrectCount, result.QuestionCount, result.ScorePercent));
    }

    [Fact]
    public void Two_thirds_and_a_half_of_two_questions_is_58_percent()
    {
        // (2/3 + 1/2) / 2 = 7/12 = 58.33 % → 58
        var result = Score(AsDrawn(Multiple2, Multiple4), [A(2, 21, 22), A(4, 42)], partialCredit: true);

        Assert.Equal(58, result.ScorePercent);
    }

    [Theory]
    [InlineData(67, true)]    // 2 of 3 = 66.67 → 67: the score shown is the score compared
    [InlineData(66, true)]
    [InlineData(68, false)]
    [InlineData(100, false)]
    public void The_attempt_passes_when_the_rounded_score_reaches_the_pass_mark(int passMark, bool passed)
    {
        var result = Score(AsDrawn(Single1, Multiple2, TrueFalse3), [A(1, 11), A(2, 21, 22, 24), A(3, 32)], passMark);

        Assert.Equal((67, passMark, passed), (result.ScorePercent, result.PassMark, result.Passed));
    }

    [Fact]
    public void Every_answer_right_passes_a_mark_of_100_and_none_right_fails_a_mark_of_1()
    {
        Assert.True(Score(AsDrawn(Single1), [A(1, 11)], 100).Passed);
        Assert.False(Score(AsDrawn(Single1), [A(1, 12)], 1).Passed);
    }

    // ---- What the result shows after submission ----------------------------------------------

    [Fact]
    public void The_result_lists_each_question_in_attempt_order_with_what_was_selected_and_what_was_right()
    {
        IReadOnlyList<AttemptQuestion> attempt = [new(2, [24, 23, 21, 22]), new(1, [13, 11, 12])];

        var result = Score(attempt, [A(1, 13), A(2, 22, 24, 21, 22)]);

        Assert.Equal([2, 1], result.Questions.Select(q => q.QuestionId));
        Assert.Equal([22, 24, 21], result.Questions[0].SelectedOptionIds);   // as submitted, duplicates dropped
        Assert.Equal([24, 21, 22], result.Questions[0].CorrectOptionIds);    // in the order the taker saw them
        Assert.True(result.Questions[0].IsCorrect);
        Assert.Equal([13], result.Questions[1].SelectedOptionIds);
        Assert.Equal([11], result.Questions[1].CorrectOptionIds);
        Assert.False(result.Questions[1].IsCorrect);
    }

    [Fact]
    public void Answers_to_questions_not_in_the_attempt_are_ignored_and_named()
    {
        // Q2 was not drawn; an answer to it (a stale tab, a tampered request) neither adds nor subtracts.
        var result = Score(AsDrawn(Single1, TrueFalse3), [A(1, 11), A(2, 21, 22, 24), A(3, 31), A(99, 1)]);

        Assert.Equal((2, 2, 100), (result.CorrectCount, result.QuestionCount, result.ScorePercent));
        Assert.Equal([2, 99], result.IgnoredQuestionIds);
    }

    [Fact]
    public void Nothing_is_ignored_when_every_answer_belongs_to_the_attempt()
    {
        Assert.Empty(Score(AsDrawn(Single1), [A(1, 11)]).IgnoredQuestionIds);
    }

    // ---- Misuse ------------------------------------------------------------------------------

    [Fact]
    public void Two_answers_to_the_same_question_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Score(AsDrawn(Single1), [A(1, 11), A(1, 12)]));
    }

    [Fact]
    public void A_drawn_question_missing_from_the_bank_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Score([new AttemptQuestion(99, [1, 2])], []));
    }

    [Fact]
    public void An_attempt_without_questions_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Score([], []));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void A_pass_mark_outside_1_to_100_is_refused(int passMark)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Score(AsDrawn(Single1), [A(1, 11)], passMark));
    }
}
