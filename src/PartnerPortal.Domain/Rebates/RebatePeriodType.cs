namespace PartnerPortal.Domain.Rebates;

/// <summary>The calendar periods a rebate policy measures purchases over.</summary>
public enum RebatePeriodType
{
    Month,
    Quarter,
    Year,
}
