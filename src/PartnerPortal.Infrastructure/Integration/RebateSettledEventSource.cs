using Microsoft.EntityFrameworkCore.ChangeTracking;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Rebates;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>A credit note that settles a rebate accrual.</summary>
internal sealed class RebateSettledEventSource(LedgerEntry note, RebateAccrual accrual) : OutboxEventSource(WebhookEvents.RebateSettled)
{
    public override int? PartnerId(OutboxLookups c) => note.PartnerId;

    public override DateTimeOffset OccurredAt(DateTimeOffset now) => note.CreatedAt == default ? now : note.CreatedAt;

    public override bool AwaitsKeys => note.Id == 0 || accrual.Id == 0;

    public override object Data(OutboxLookups c)
    {
        var policy = c.Policies.GetValueOrDefault(accrual.PolicyId);
        var period = policy is null ? null : new RebatePeriod(policy.PeriodType, accrual.PeriodStart, accrual.PeriodEnd).Label;
        return new RebateSettledData(OutboxPayloads.Known(note.Id), note.Number, note.PartnerId, c.PartnerCodes.GetValueOrDefault(note.PartnerId),
            note.Amount, note.Date, accrual.PolicyId, policy?.Code, policy?.VersionNumber, period, accrual.PeriodStart, accrual.PeriodEnd,
            OutboxPayloads.Known(accrual.Id));
    }
}
