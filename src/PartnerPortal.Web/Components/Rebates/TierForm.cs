namespace PartnerPortal.Web.Components.Rebates;

/// <summary>One bindable row of the tier editor.</summary>
public sealed class TierForm
{
    public decimal Threshold { get; set; }
    public decimal Rate { get; set; }
}
