namespace PartnerPortal.Domain.Credit.Rules;

/// <summary>An invoice not yet fully paid; an overdue one stops new orders.</summary>
public sealed record OpenInvoice(string Number, DateOnly DueDate, decimal OpenAmount);
