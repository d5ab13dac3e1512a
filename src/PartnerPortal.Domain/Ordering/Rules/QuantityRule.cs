namespace PartnerPortal.Domain.Ordering.Rules;

/// <summary>How a product may be ordered; taken from the catalog so the rule needs no database.</summary>
/// <param name="MinOrderQuantity">The least a partner may order; 1 or less means no minimum.</param>
/// <param name="OrderMultiple">Quantities must be multiples of this (a carton); 1 or less means any quantity.</param>
/// <param name="IsActive">Inactive products can no longer be ordered.</param>
public sealed record QuantityRule(int MinOrderQuantity, int OrderMultiple, bool IsActive);
