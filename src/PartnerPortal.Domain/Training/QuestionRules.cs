using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Training;

/// <summary>
/// One bank question's checks: text, option count (choice: 2 to 10; true/false: exactly 2), unique option ids,
/// and its correct options (single choice and true/false: exactly one; multiple choice: at least one, all allowed).
/// </summary>
internal static class QuestionRules
{
    public static void Validate(List<Problem> problems, string field, QuizQuestion q)
    {
        TextRules.RequiredMultiLine(problems, $"{field}.{nameof(q.Text)}", q.Text, QuizQuestion.TextMaxLength);

        var options = q.Options ?? [];
        var optionsField = $"{field}.{nameof(q.Options)}";
        var (least, most) = q.Kind == QuestionKind.TrueFalse ? (2, 2) : (QuizQuestion.MinOptions, QuizQuestion.MaxOptions);
        if (options.Count < least || options.Count > most) problems.Add(new Problem(ProblemCodes.WrongOptionCount, optionsField, least, most));

        var optionIds = new HashSet<int>();
        for (var j = 0; j < options.Count; j++)
        {
            var optionField = $"{optionsField}[{j}]";
            if (!optionIds.Add(options[j].Id)) problems.Add(new Problem(ProblemCodes.Duplicate, $"{optionField}.{nameof(QuizOption.Id)}"));
            TextRules.Required(problems, $"{optionField}.{nameof(QuizOption.Text)}", options[j].Text, QuizOption.TextMaxLength);
        }

        var correct = options.Count(o => o.IsCorrect);
        if (correct == 0) problems.Add(new Problem(ProblemCodes.NoCorrectOption, optionsField));
        else if (correct > 1 && q.Kind != QuestionKind.MultipleChoice) problems.Add(new Problem(ProblemCodes.MoreThanOneCorrectOption, optionsField));
    }
}
