namespace PartnerPortal.Domain.Credit.Rules;

/// <summary>The part of a payment applied to one invoice.</summary>
public sealed record Allocation(int InvoiceId, decimal Amount);
