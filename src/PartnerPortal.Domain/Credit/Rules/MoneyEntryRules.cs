using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Credit.Rules;

/// <summary>
/// What a person must say when money moves by hand: a payment names its bank reference or says why it has none, and a
/// reversal says why the payment is undone (a note for "other"), so that the ledger explains itself later.
/// </summary>
public static class MoneyEntryRules
{
    /// <summary>
    /// A payment's reference, or (only without one) the reason it has none. Problems name the field
    /// <c>Reference</c> (code <see cref="ProblemCodes.ReferenceOrReasonRequired"/> when both are empty) or <c>NoReferenceReason</c>.
    /// </summary>
    public static IReadOnlyList<Problem> CheckPaymentReference(string? reference, string? noReferenceReason)
    {
        var problems = new List<Problem>();
        var hasReference = !string.IsNullOrWhiteSpace(reference);
        var hasReason = !string.IsNullOrWhiteSpace(noReferenceReason);
        if (hasReference && hasReason) problems.Add(new Problem(ProblemCodes.ReferenceAndReason, "NoReferenceReason"));
        else if (!hasReference && !hasReason) problems.Add(new Problem(ProblemCodes.ReferenceOrReasonRequired, "Reference"));
        TextRules.Optional(problems, "Reference", reference, LedgerEntry.ReferenceMaxLength);
        TextRules.OptionalMultiLine(problems, "NoReferenceReason", noReferenceReason, LedgerEntry.NoteMaxLength);
        return problems;
    }

    /// <summary>A reversal's reason (a known one) and its note: required for <see cref="ReversalReason.Other"/>, optional otherwise.</summary>
    public static IReadOnlyList<Problem> CheckReversal(ReversalReason? reason, string? note)
    {
        var problems = new List<Problem>();
        if (reason is not { } r || !Enum.IsDefined(r)) problems.Add(new Problem(ProblemCodes.Required, "Reason"));
        if (reason == ReversalReason.Other) TextRules.RequiredMultiLine(problems, "Note", note, LedgerEntry.NoteMaxLength);
        else TextRules.OptionalMultiLine(problems, "Note", note, LedgerEntry.NoteMaxLength);
        return problems;
    }
}
