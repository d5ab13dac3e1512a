using Microsoft.EntityFrameworkCore.ChangeTracking;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Rebates;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>A payment's reversal, with the invoices its allocations no longer pay.</summary>
internal sealed class PaymentReversedEventSource(LedgerEntry reversal, LedgerEntry payment, List<EntityEntry> all) : OutboxEventSource(WebhookEvents.PaymentReversed)
{
    public override int? PartnerId(OutboxLookups c) => reversal.PartnerId;

    public override DateTimeOffset OccurredAt(DateTimeOffset now) => reversal.CreatedAt == default ? now : reversal.CreatedAt;

    public override bool AwaitsKeys => reversal.Id == 0;

    public override object Data(OutboxLookups c)
    {
        // The payment's allocations, which the reversal voids: those invoices are owed again.
        var invoices = all.Select(e => e.Entity).OfType<LedgerEntry>().Where(e => e.Id > 0).ToDictionary(e => e.Id);
        var reopened = all.Select(e => e.Entity).OfType<LedgerAllocation>().Where(a => a.PaymentEntryId == payment.Id).OrderBy(a => a.Id)
            .Select(a => new AllocationData(OutboxPayloads.Known(a.InvoiceEntryId), invoices.GetValueOrDefault(a.InvoiceEntryId)?.Number, a.Amount))
            .ToList();
        return new PaymentReversedData(OutboxPayloads.Known(reversal.Id), reversal.Number, reversal.PartnerId,
            c.PartnerCodes.GetValueOrDefault(reversal.PartnerId), reversal.Amount, reversal.Date, (reversal.ReversalReason ?? ReversalReason.Other).ToString(),
            payment.Id, payment.Number, payment.ExternalReference, reopened);
    }
}
