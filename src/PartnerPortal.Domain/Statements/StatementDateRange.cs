namespace PartnerPortal.Domain.Statements;

/// <summary>An inclusive range of days a statement covers.</summary>
public readonly record struct StatementDateRange(DateOnly From, DateOnly To);
