using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit.Rules;

namespace PartnerPortal.Infrastructure.Ordering;

/// <summary>A line the partner asks for; the price is decided by the server, never taken from the client.</summary>
public sealed record RequestedLine(int ProductId, int Quantity);

/// <summary>
/// An order as submitted. The idempotency key is made by the client once per order (not per click), so a
/// double click or a retry after a time-out finds the order already made.
/// </summary>
public sealed record OrderRequest(string IdempotencyKey, IReadOnlyList<RequestedLine> Lines);

public enum SubmissionOutcome
{
    /// <summary>Stock reserved and credit committed.</summary>
    Approved,
    /// <summary>Over the available credit in soft mode: saved for a channel manager to decide.</summary>
    PendingApproval,
    /// <summary>Refused by the credit check; nothing was saved.</summary>
    Blocked,
    /// <summary>A line was wrong or stock was short; nothing was saved.</summary>
    Invalid,
}

/// <summary>The one answer to a submission, with the figures behind it.</summary>
public sealed record SubmissionResult(SubmissionOutcome Outcome, int? OrderId, string? OrderNumber, decimal Total,
    CreditDecision? Credit, IReadOnlyList<Problem> Problems, bool IsRepeat = false)
{
    public static SubmissionResult Invalid(IEnumerable<Problem> problems, decimal total = 0m) =>
        new(SubmissionOutcome.Invalid, null, null, total, null, problems.ToList());
}
