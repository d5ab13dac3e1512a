using PartnerPortal.Domain.Training;

namespace PartnerPortal.Domain.Tests.Training;

/// <summary>
/// A small question bank whose correct options are easy to read: question n has options n1, n2, …; the correct
/// ones are named in each factory.
/// </summary>
internal static class QuizBank
{
    /// <summary>Single choice: 11 correct, 12 and 13 wrong.</summary>
    public static QuizQuestion Single1 { get; } = Question(1, QuestionKind.SingleChoice, (11, true), (12, false), (13, false));

    /// <summary>Multiple choice: 21, 22 and 24 correct (three), 23 wrong.</summary>
    public static QuizQuestion Multiple2 { get; } = Question(2, QuestionKind.MultipleChoice, (21, true), (22, true), (23, false), (24, true));

    /// <summary>True/false: 31 ("True") correct, 32 ("False") wrong.</summary>
    public static QuizQuestion TrueFalse3 { get; } = Question(3, QuestionKind.TrueFalse, (31, true), (32, false));

    /// <summary>Multiple choice: 41 and 42 correct (two), 43 wrong.</summary>
    public static QuizQuestion Multiple4 { get; } = Question(4, QuestionKind.MultipleChoice, (41, true), (42, true), (43, false));

    /// <summary>Single choice: 52 correct, 51 wrong.</summary>
    public static QuizQuestion Single5 { get; } = Question(5, QuestionKind.SingleChoice, (51, false), (52, true));

    public static IReadOnlyList<QuizQuestion> Five { get; } = [Single1, Multiple2, TrueFalse3, Multiple4, Single5];

    public static QuizQuestion Question(int id, QuestionKind kind, params (int Id, bool Correct)[] options) =>
        new(id, kind, $"Question {id}", options.Select(o => new QuizOption(o.Id, $"Option {o.Id}", o.Correct)).ToArray());

    /// <summary>The attempt paper for questions in bank order with their options as authored.</summary>
    public static IReadOnlyList<AttemptQuestion> AsDrawn(params QuizQuestion[] questions) =>
        questions.Select(q => new AttemptQuestion(q.Id, q.Options.Select(o => o.Id).ToArray())).ToArray();
}
