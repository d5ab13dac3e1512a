namespace PartnerPortal.Domain.Credit.Rules;

/// <summary>How a payment was applied, in the order it was applied.</summary>
/// <param name="Unallocated">What was left after every open invoice was paid: kept as an advance.</param>
public sealed record AllocationResult(IReadOnlyList<Allocation> Allocations, decimal Unallocated);
