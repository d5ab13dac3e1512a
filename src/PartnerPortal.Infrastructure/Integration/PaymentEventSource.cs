using Microsoft.EntityFrameworkCore.ChangeTracking;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Rebates;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>A new payment, with the invoices it was allocated to in the same save.</summary>
internal sealed class PaymentEventSource(LedgerEntry payment, List<EntityEntry> all) : OutboxEventSource(WebhookEvents.PaymentPosted)
{
    public override int? PartnerId(OutboxLookups c) => payment.PartnerId;

    public override DateTimeOffset OccurredAt(DateTimeOffset now) => payment.CreatedAt == default ? now : payment.CreatedAt;

    public override bool AwaitsKeys => payment.Id == 0;

    public override object Data(OutboxLookups c)
    {
        var invoices = all.Select(e => e.Entity).OfType<LedgerEntry>().Where(e => e.Kind == LedgerEntryKind.Invoice && e.Id > 0)
            .ToDictionary(e => e.Id);
        var allocations = all.Select(e => e.Entity).OfType<LedgerAllocation>().Where(a => ReferenceEquals(a.PaymentEntry, payment))
            .Select(a => new AllocationData(OutboxPayloads.Known(a.InvoiceEntryId),
                a.InvoiceEntry?.Number ?? invoices.GetValueOrDefault(a.InvoiceEntryId)?.Number, a.Amount))
            .ToList();
        return new PaymentData(OutboxPayloads.Known(payment.Id), payment.Number, payment.PartnerId, c.PartnerCodes.GetValueOrDefault(payment.PartnerId),
            payment.Amount, payment.Date, payment.Reference, payment.ExternalReference, payment.OpenAmount, allocations);
    }
}
