using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Training;

/// <summary>
/// What a course's quiz must satisfy before it is published, so that every attempt can be drawn and scored: each
/// question has its correct answer, ids are unique (answers are matched by them), and the bank holds at least the
/// questions one attempt draws.
/// </summary>
public static class CoursePublishRules
{
    public const int MinPassMark = 1;
    public const int MaxPassMark = 100;

    public static IReadOnlyList<Problem> Validate(CoursePublishDraft d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var problems = new List<Problem>();
        var questions = d.Questions ?? [];
        if (questions.Count == 0) problems.Add(new Problem(ProblemCodes.Required, nameof(d.Questions)));

        var questionIds = new HashSet<int>();
        for (var i = 0; i < questions.Count; i++)
        {
            var field = $"{nameof(d.Questions)}[{i}]";
            if (!questionIds.Add(questions[i].Id)) problems.Add(new Problem(ProblemCodes.Duplicate, $"{field}.{nameof(QuizQuestion.Id)}"));
            QuestionRules.Validate(problems, field, questions[i]);
        }

        if (d.QuestionsPerAttempt < 1) problems.Add(new Problem(ProblemCodes.QuantityNotPositive, nameof(d.QuestionsPerAttempt)));
        else if (questions.Count > 0 && questions.Count < d.QuestionsPerAttempt)
            problems.Add(new Problem(ProblemCodes.QuizBankTooSmall, nameof(d.QuestionsPerAttempt), d.QuestionsPerAttempt, questions.Count));

        if (d.PassMark is < MinPassMark or > MaxPassMark)
            problems.Add(new Problem(ProblemCodes.OutOfRange, nameof(d.PassMark), MinPassMark, MaxPassMark));
        if (d.AttemptLimit is < 1) problems.Add(new Problem(ProblemCodes.QuantityNotPositive, nameof(d.AttemptLimit)));
        if (d.TimeLimitMinutes is < 1) problems.Add(new Problem(ProblemCodes.QuantityNotPositive, nameof(d.TimeLimitMinutes)));
        if (d.PointsOnPassing < 0) problems.Add(new Problem(ProblemCodes.NegativeAmount, nameof(d.PointsOnPassing)));
        if (d.CertificateValidityMonths is < 1)
            problems.Add(new Problem(ProblemCodes.QuantityNotPositive, nameof(d.CertificateValidityMonths)));
        return problems;
    }
}
