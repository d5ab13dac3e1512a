using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Training.Authoring;

namespace PartnerPortal.Web.Components.Training.Authoring;

/// <summary>
/// The question editor's bindable values. A true/false question has the two fixed options "true" and "false", in that
/// order; a single-choice or true/false question has one correct option, a multiple-choice one any number.
/// </summary>
public sealed class QuestionForm
{
    public QuestionKind Kind { get; private set; } = QuestionKind.SingleChoice;
    public string Text { get; set; } = "";
    public string TextEn { get; set; } = "";
    public List<OptionForm> Options { get; private set; } = [new(), new(), new()];

    /// <summary>Whether exactly one option is meant to be correct (a radio per option rather than a checkbox).</summary>
    public bool HasOneAnswer => Kind != QuestionKind.MultipleChoice;

    public bool FixedOptions => Kind == QuestionKind.TrueFalse;

    /// <summary>The first option marked correct, or null when there is none.</summary>
    public int? CorrectIndex => Options.FindIndex(o => o.IsCorrect) is var i && i >= 0 ? i : null;

    public bool HasAnswer => Options.Any(o => o.IsCorrect);

    public bool CanAddOption => !FixedOptions && Options.Count < QuizQuestion.MaxOptions;

    public bool CanRemoveOption => !FixedOptions && Options.Count > QuizQuestion.MinOptions;

    public static QuestionForm From(QuestionEditView question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new QuestionForm
        {
            Kind = question.Kind, Text = question.Text, TextEn = question.TextEn,
            Options = question.Options.Select(o => new OptionForm { Text = o.Text, TextEn = o.TextEn, IsCorrect = o.IsCorrect }).ToList(),
        };
    }

    /// <summary>
    /// Switches the kind: to true/false the options become "true" and "false" (keeping which is correct when the first
    /// two options said so); from true/false the two options stay, to be edited; to single choice only the first
    /// correct option stays correct.
    /// </summary>
    public void ChangeKind(QuestionKind kind)
    {
        if (kind == Kind) return;
        Kind = kind;
        if (kind == QuestionKind.TrueFalse)
        {
            var isTrue = Options.Count > 0 && Options[0].IsCorrect && Options.Skip(1).All(o => !o.IsCorrect) ? true
                : Options.Count > 1 && Options[1].IsCorrect && !Options[0].IsCorrect ? false
                : (bool?)null;
            Options = [TrueOption(isTrue == true), FalseOption(isTrue == false)];
        }
        else if (kind == QuestionKind.SingleChoice && CorrectIndex is { } first)
        {
            MarkOnlyCorrect(first);
        }
    }

    /// <summary>Marks one option correct and every other one not (single choice and true/false).</summary>
    public void MarkOnlyCorrect(int index)
    {
        for (var i = 0; i < Options.Count; i++) Options[i].IsCorrect = i == index;
    }

    public void AddOption()
    {
        if (CanAddOption) Options.Add(new OptionForm());
    }

    public void RemoveOption(int index)
    {
        if (CanRemoveOption && index >= 0 && index < Options.Count) Options.RemoveAt(index);
    }

    public QuestionDraft ToDraft() => new(Kind, Text.Trim(), TextEn.Trim(),
        Options.Select(o => new OptionDraft(o.Text.Trim(), o.TextEn.Trim(), o.IsCorrect)).ToList());

    private static OptionForm TrueOption(bool correct) => new() { Text = "正确", TextEn = "True", IsCorrect = correct };

    private static OptionForm FalseOption(bool correct) => new() { Text = "错误", TextEn = "False", IsCorrect = correct };
}

/// <summary>One bindable option of the question editor.</summary>
public sealed class OptionForm
{
    public string Text { get; set; } = "";
    public string TextEn { get; set; } = "";
    public bool IsCorrect { get; set; }
}
