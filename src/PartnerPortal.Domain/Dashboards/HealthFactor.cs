namespace PartnerPortal.Domain.Dashboards;

/// <summary>The five things a partner's health score is made of, in the order they are shown.</summary>
public enum HealthFactor
{
    PurchaseGrowth,
    OrderRegularity,
    OverdueExposure,
    TrainingCompletion,
    RebateAttainment,
}
