namespace PartnerPortal.Infrastructure.Integration;

/// <summary>A payment the ERP posts to <c>/api/v1/payments</c>.</summary>
/// <param name="Reference">The ERP's own reference for the payment; posting it again returns the payment already recorded.</param>
/// <param name="Note">Shown on the partner's ledger, e.g. the bank transfer number; the ERP reference when left out.</param>
public sealed record ApiPaymentRequest(string? PartnerCode, decimal? Amount, DateOnly? Date, string? Reference, string? Note = null);

/// <summary>A payment as the API returns it, with the invoices it settled (oldest due first) and what is left as an advance.</summary>
/// <param name="Number">The portal's number (PAY-…).</param>
/// <param name="Reference">The ERP's reference.</param>
/// <param name="Unallocated">What no open invoice needed: an advance, applied to later invoices.</param>
public sealed record ApiPayment(string Number, string PartnerCode, decimal Amount, DateOnly Date, string? Reference, string Note,
    decimal Unallocated, IReadOnlyList<ApiPaymentAllocation> Allocations);

public sealed record ApiPaymentAllocation(string InvoiceNumber, decimal Amount);

/// <summary>The body of <c>POST /api/v1/payments/{reference}/reverse</c>.</summary>
/// <param name="Reason"><c>bounced</c>, <c>wrongPartner</c> or <c>other</c>.</param>
/// <param name="Note">Why, in a few words (at most 500 characters); required when the reason is <c>other</c>.</param>
public sealed record ApiPaymentReversalRequest(string? Reason, string? Note = null);

/// <summary>A payment's reversal as the API returns it, with the invoices it made owed again.</summary>
/// <param name="Number">The reversal's number in the portal (REV-…).</param>
/// <param name="PaymentNumber">The reversed payment's number in the portal (PAY-…).</param>
/// <param name="Reference">The ERP's reference of the reversed payment.</param>
/// <param name="Reason"><c>bounced</c>, <c>wrongPartner</c> or <c>other</c>.</param>
public sealed record ApiPaymentReversal(string Number, string PaymentNumber, string? Reference, string PartnerCode, decimal Amount, DateOnly Date,
    string Reason, string? Note, IReadOnlyList<ApiPaymentAllocation> ReopenedInvoices);
