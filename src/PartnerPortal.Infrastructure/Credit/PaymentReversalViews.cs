using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;

namespace PartnerPortal.Infrastructure.Credit;

/// <summary>
/// What reversing a payment will do, for the confirmation: the payment as recorded and the invoices whose allocations are
/// undone (they are owed again). <paramref name="ReversedBy"/> is set when the payment was reversed already.
/// </summary>
public sealed record PaymentReversalPreview(int PaymentEntryId, int PartnerId, string PartnerCode, LocalName PartnerName, string PaymentNumber,
    DateOnly Date, decimal Amount, string Reference, string? ExternalReference, IReadOnlyList<ReopenedInvoice> Invoices, string? ReversedBy);

/// <summary>An invoice (or debit note) a reversal makes owed again, by the amount the payment had settled of it.</summary>
public sealed record ReopenedInvoice(string Number, decimal Amount);

/// <summary>
/// A payment's reversal: <paramref name="Created"/> is false when the call found the reversal already made (the API's retry).
/// </summary>
public sealed record PaymentReversal(int ReversalEntryId, string Number, int PaymentEntryId, string PaymentNumber, decimal Amount,
    ReversalReason Reason, bool Created);
