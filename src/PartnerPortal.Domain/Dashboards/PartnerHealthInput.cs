namespace PartnerPortal.Domain.Dashboards;

/// <summary>
/// What the health score looks at for one partner, measured by the caller over the windows named in
/// <see cref="PartnerHealthCalculator"/>.
/// </summary>
/// <param name="ShippedRecent">Shipped amount in the last <see cref="PartnerHealthCalculator.GrowthWindowMonths"/> full months.</param>
/// <param name="ShippedYearBefore">Shipped amount in the same months a year earlier.</param>
/// <param name="MonthsWithPurchases">Of the last <see cref="PartnerHealthCalculator.RegularityWindowMonths"/> full months, those with a shipment.</param>
/// <param name="Balance">What the partner owes now (invoices less payments and credit notes).</param>
/// <param name="OverdueAmount">The unpaid part of invoices past their due date.</param>
/// <param name="CoursesEnrolled">Courses the partner's staff are enrolled in: assigned to them or attempted, one per learner and course.</param>
/// <param name="CoursesPassed">Of those, the ones the learner has passed.</param>
/// <param name="RebatePeriods">Rebate accruals of periods that ended in the last <see cref="PartnerHealthCalculator.RebateWindowMonths"/> months.</param>
/// <param name="RebatePeriodsWithTier">Of those, the ones where the partner reached at least the first tier.</param>
public sealed record PartnerHealthInput(
    decimal ShippedRecent, decimal ShippedYearBefore, int MonthsWithPurchases, decimal Balance, decimal OverdueAmount,
    int CoursesEnrolled, int CoursesPassed, int RebatePeriods, int RebatePeriodsWithTier);
