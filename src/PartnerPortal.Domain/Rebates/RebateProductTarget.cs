namespace PartnerPortal.Domain.Rebates;

/// <summary>Which products' purchases count towards the basis.</summary>
public enum RebateProductTarget
{
    All,
    Categories,
    Products,
}
