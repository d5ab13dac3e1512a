namespace PartnerPortal.Domain.Credit.Rules;

/// <summary>An invoice a payment may be applied to.</summary>
public sealed record InvoiceToAllocate(int InvoiceId, DateOnly DueDate, decimal OpenAmount);
