using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Tests.Common;
using PartnerPortal.Domain.Training;
using static PartnerPortal.Domain.Tests.Training.QuizBank;

namespace PartnerPortal.Domain.Tests.Training;

public class CoursePublishRulesTests
{
    /// <summary>The five-question bank, 3 drawn, pass at 80 %, 3 attempts of 20 minutes, 50 points, certificates for 12 months.</summary>
    private static CoursePublishDraft Draft(IReadOnlyList<QuizQuestion>? questions = null) =>
        new(questions ?? Five, QuestionsPerAttempt: 3, PassMark: 80, AttemptLimit: 3, TimeLimitMinutes: 20, PartialCredit: false,
            PointsOnPassing: 50, CertificateValidityMonths: 12);

    private static IReadOnlyList<Problem> Validate(CoursePublishDraft d) => CoursePublishRules.Validate(d);

    [Fact]
    public void A_complete_quiz_is_valid()
    {
        ProblemAssert.None(Validate(Draft()));
    }

    [Fact]
    public void Limits_that_are_not_set_and_zero_points_are_valid()
    {
        var draft = Draft() with { AttemptLimit = null, TimeLimitMinutes = null, PointsOnPassing = 0, CertificateValidityMonths = null, PartialCredit = true };

        ProblemAssert.None(Validate(draft));
    }

    // ---- The bank and the draw ---------------------------------------------------------------

    [Fact]
    public void A_quiz_needs_questions()
    {
        ProblemAssert.Single(Validate(Draft([])), ProblemCodes.Required, "Questions");
        ProblemAssert.Single(Validate(Draft() with { Questions = null! }), ProblemCodes.Required, "Questions");
    }

    [Theory]
    [InlineData(5)]   // the whole bank
    [InlineData(1)]
    public void Drawing_up_to_the_whole_bank_is_valid(int perAttempt)
    {
        ProblemAssert.None(Validate(Draft() with { QuestionsPerAttempt = perAttempt }));
    }

    [Fact]
    public void The_bank_must_hold_at_least_the_questions_drawn()
    {
        ProblemAssert.Single(Validate(Draft() with { QuestionsPerAttempt = 6 }), ProblemCodes.QuizBankTooSmall, "QuestionsPerAttempt", 6, 5);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void At_least_one_question_is_drawn(int perAttempt)
    {
        ProblemAssert.Single(Validate(Draft() with { QuestionsPerAttempt = perAttempt }), ProblemCodes.QuantityNotPositive, "QuestionsPerAttempt");
    }

    [Fact]
    public void Question_ids_are_unique_because_answers_are_matched_by_them()
    {
        var problems = Validate(Draft([Single1, Multiple2, Single1 with { Text = "Again" }]));

        ProblemAssert.Single(problems, ProblemCodes.Duplicate, "Questions[2].Id");
    }

    // ---- Settings ----------------------------------------------------------------------------

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public void Pass_marks_from_1_to_100_are_valid(int mark)
    {
        ProblemAssert.None(Validate(Draft() with { PassMark = mark }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-60)]
    public void A_pass_mark_outside_1_to_100_is_out_of_range(int mark)
    {
        ProblemAssert.Single(Validate(Draft() with { PassMark = mark }), ProblemCodes.OutOfRange, "PassMark", 1, 100);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_set_attempt_limit_is_at_least_one(int limit)
    {
        ProblemAssert.Single(Validate(Draft() with { AttemptLimit = limit }), ProblemCodes.QuantityNotPositive, "AttemptLimit");
    }

    [Fact]
    public void An_attempt_limit_of_one_is_valid()
    {
        ProblemAssert.None(Validate(Draft() with { AttemptLimit = 1 }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_set_time_limit_is_more_than_zero_minutes(int minutes)
    {
        ProblemAssert.Single(Validate(Draft() with { TimeLimitMinutes = minutes }), ProblemCodes.QuantityNotPositive, "TimeLimitMinutes");
    }

    [Fact]
    public void Negative_points_on_passing_are_refused()
    {
        ProblemAssert.Single(Validate(Draft() with { PointsOnPassing = -1 }), ProblemCodes.NegativeAmount, "PointsOnPassing");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-12)]
    public void A_set_certificate_validity_is_at_least_one_month(int months)
    {
        ProblemAssert.Single(Validate(Draft() with { CertificateValidityMonths = months }), ProblemCodes.QuantityNotPositive, "CertificateValidityMonths");
    }

    // ---- Each question has its correct answer ------------------------------------------------

    public static TheoryData<QuizQuestion, string> WrongCorrectOptions => new()
    {
        { Question(1, QuestionKind.SingleChoice, (11, false), (12, false), (13, false)), ProblemCodes.NoCorrectOption },
        { Question(1, QuestionKind.SingleChoice, (11, true), (12, true), (13, false)), ProblemCodes.MoreThanOneCorrectOption },
        { Question(1, QuestionKind.MultipleChoice, (11, false), (12, false)), ProblemCodes.NoCorrectOption },
        { Question(1, QuestionKind.TrueFalse, (11, false), (12, false)), ProblemCodes.NoCorrectOption },
        { Question(1, QuestionKind.TrueFalse, (11, true), (12, true)), ProblemCodes.MoreThanOneCorrectOption },
    };

    [Theory]
    [MemberData(nameof(WrongCorrectOptions))]
    public void Each_question_has_the_right_number_of_correct_options(QuizQuestion question, string code)
    {
        var problems = Validate(Draft([Single5, question]) with { QuestionsPerAttempt = 2 });

        ProblemAssert.Single(problems, code, "Questions[1].Options");
    }

    [Fact]
    public void Multiple_choice_may_have_every_option_correct()
    {
        var allCorrect = Question(1, QuestionKind.MultipleChoice, (11, true), (12, true), (13, true));

        ProblemAssert.None(Validate(Draft([allCorrect]) with { QuestionsPerAttempt = 1 }));
    }

    public static TheoryData<QuizQuestion, int, int> WrongOptionCounts => new()
    {
        { Question(1, QuestionKind.SingleChoice, (11, true)), 2, 10 },
        { Question(1, QuestionKind.MultipleChoice, (11, true)), 2, 10 },
        { Question(1, QuestionKind.MultipleChoice, Enumerable.Range(11, 11).Select(id => (id, true)).ToArray()), 2, 10 },
        { Question(1, QuestionKind.TrueFalse, (11, true)), 2, 2 },
        { Question(1, QuestionKind.TrueFalse, (11, true), (12, false), (13, false)), 2, 2 },
    };

    [Theory]
    [MemberData(nameof(WrongOptionCounts))]
    public void Choice_questions_have_2_to_10_options_and_true_false_exactly_2(QuizQuestion question, int least, int most)
    {
        var problems = Validate(Draft([question]) with { QuestionsPerAttempt = 1 });

        ProblemAssert.Single(problems, ProblemCodes.WrongOptionCount, "Questions[0].Options", least, most);
    }

    [Fact]
    public void A_question_without_options_names_the_count_and_the_missing_correct_option()
    {
        var problems = Validate(Draft([new QuizQuestion(1, QuestionKind.SingleChoice, "Q", [])]) with { QuestionsPerAttempt = 1 });

        ProblemAssert.Exactly(problems, (ProblemCodes.WrongOptionCount, "Questions[0].Options"), (ProblemCodes.NoCorrectOption, "Questions[0].Options"));
    }

    [Fact]
    public void Option_ids_are_unique_within_a_question()
    {
        var question = Question(1, QuestionKind.SingleChoice, (11, true), (12, false), (12, false));

        ProblemAssert.Single(Validate(Draft([question]) with { QuestionsPerAttempt = 1 }), ProblemCodes.Duplicate, "Questions[0].Options[2].Id");
    }

    // ---- Texts -------------------------------------------------------------------------------

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void A_question_needs_text(string? text)
    {
        var problems = Validate(Draft([Single1 with { Text = text! }]) with { QuestionsPerAttempt = 1 });

        ProblemAssert.Single(problems, ProblemCodes.Required, "Questions[0].Text");
    }

    [Fact]
    public void Question_text_is_at_most_1000_characters()
    {
        ProblemAssert.None(Validate(Draft([Single1 with { Text = new string('题', 1000) }]) with { QuestionsPerAttempt = 1 }));
        ProblemAssert.Single(Validate(Draft([Single1 with { Text = new string('题', 1001) }]) with { QuestionsPerAttempt = 1 }),
            ProblemCodes.TooLong, "Questions[0].Text", 1000);
    }

    [Fact]
    public void Option_text_is_required_and_at_most_300_characters()
    {
        var question = Single1 with
        {
            Options = [new QuizOption(11, " ", true), new QuizOption(12, new string('项', 300), false), new QuizOption(13, new string('项', 301), false)],
        };

        ProblemAssert.Exactly(Validate(Draft([question]) with { QuestionsPerAttempt = 1 }),
            (ProblemCodes.Required, "Questions[0].Options[0].Text"),
            (ProblemCodes.TooLong, "Questions[0].Options[2].Text"));
    }

    [Fact]
    public void Every_wrong_field_is_named()
    {
        QuizQuestion[] bank =
        [
            Question(1, QuestionKind.SingleChoice, (11, false), (12, false)),
            Question(2, QuestionKind.TrueFalse, (21, true)),
        ];
        var draft = new CoursePublishDraft(bank, QuestionsPerAttempt: 3, PassMark: 0, AttemptLimit: 0, TimeLimitMinutes: 0,
            PartialCredit: false, PointsOnPassing: -10, CertificateValidityMonths: 0);

        ProblemAssert.Exactly(Validate(draft),
            (ProblemCodes.NoCorrectOption, "Questions[0].Options"),
            (ProblemCodes.WrongOptionCount, "Questions[1].Options"),
            (ProblemCodes.QuizBankTooSmall, "QuestionsPerAttempt"),
            (ProblemCodes.OutOfRange, "PassMark"),
            (ProblemCodes.QuantityNotPositive, "AttemptLimit"),
            (ProblemCodes.QuantityNotPositive, "TimeLimitMinutes"),
            (ProblemCodes.NegativeAmount, "PointsOnPassing"),
            (ProblemCodes.QuantityNotPositive, "CertificateValidityMonths"));
    }
}
