using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Rebates;

namespace PartnerPortal.Domain.Points;

/// <summary>"100 points per ¥100,000 shipped in a quarter": paid by the accrual run, once per threshold and period.</summary>
public sealed class PurchaseMilestoneRule : IAudited
{
    public int Id { get; set; }
    public RebatePeriodType PeriodType { get; set; }
    public decimal StepAmount { get; set; }
    public int PointsPerStep { get; set; }
    public bool IsActive { get; set; } = true;
}
