namespace PartnerPortal.Domain.Returns;

/// <summary>What a return credits: each line's amount (rounded) in the order given, and their sum.</summary>
public sealed record ReturnCredit(IReadOnlyList<decimal> LineAmounts, decimal Total);
