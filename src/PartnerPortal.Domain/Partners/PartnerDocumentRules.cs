using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Partners;

/// <summary>Validation of a partner's qualification document, and whether it is still valid on a given day.</summary>
public static class PartnerDocumentRules
{
    /// <summary>Days before the expiry date from which a document counts as expiring soon.</summary>
    public const int DefaultWarnDays = 30;

    public static IReadOnlyList<Problem> Validate(PartnerDocumentDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new List<Problem>();
        if (!Enum.IsDefined(draft.Kind)) problems.Add(new Problem(ProblemCodes.Required, nameof(draft.Kind)));
        TextRules.Required(problems, nameof(draft.Number), draft.Number, PartnerDocument.NumberMaxLength);
        if (draft.ExpiresOn is null) problems.Add(new Problem(ProblemCodes.Required, nameof(draft.ExpiresOn)));
        else if (draft.IssuedOn > draft.ExpiresOn) problems.Add(new Problem(ProblemCodes.IssuedAfterExpiry, nameof(draft.IssuedOn)));
        DateRules.InRange(problems, nameof(draft.IssuedOn), draft.IssuedOn);
        DateRules.InRange(problems, nameof(draft.ExpiresOn), draft.ExpiresOn);
        TextRules.OptionalMultiLine(problems, nameof(draft.Note), draft.Note, PartnerDocument.NoteMaxLength);
        return problems;
    }

    /// <summary>
    /// A renewal of a document that expires on <paramref name="currentExpiresOn"/>: a number, an expiry date later than
    /// the current one and not already past on <paramref name="today"/>, and an issue date not after the expiry.
    /// </summary>
    public static IReadOnlyList<Problem> ValidateRenewal(PartnerDocumentRenewalDraft draft, DateOnly currentExpiresOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new List<Problem>();
        TextRules.Required(problems, nameof(draft.Number), draft.Number, PartnerDocument.NumberMaxLength);
        if (draft.ExpiresOn is not { } expiresOn) problems.Add(new Problem(ProblemCodes.Required, nameof(draft.ExpiresOn)));
        else
        {
            if (expiresOn < today) problems.Add(new Problem(ProblemCodes.RenewalAlreadyExpired, nameof(draft.ExpiresOn)));
            else if (expiresOn <= currentExpiresOn) problems.Add(new Problem(ProblemCodes.RenewalNotLater, nameof(draft.ExpiresOn), currentExpiresOn));
            if (draft.IssuedOn > expiresOn) problems.Add(new Problem(ProblemCodes.IssuedAfterExpiry, nameof(draft.IssuedOn)));
        }
        return problems;
    }

    /// <summary>
    /// Expired once the expiry day has passed; expiring soon from <paramref name="warnDays"/> days before it up to and
    /// including the expiry day itself (the document is still valid that day, but only just).
    /// </summary>
    public static ExpiryState StateOf(DateOnly expiresOn, DateOnly today, int warnDays = DefaultWarnDays)
    {
        if (expiresOn < today) return ExpiryState.Expired;
        return expiresOn.DayNumber - today.DayNumber <= warnDays ? ExpiryState.ExpiringSoon : ExpiryState.Valid;
    }
}
