using Microsoft.EntityFrameworkCore.ChangeTracking;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Domain.Returns;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>The return events: <c>return.requested</c> when a return is opened, <c>return.received</c> when the warehouse counts it in.</summary>
internal sealed class ReturnEventSource(string type, ReturnRequest request, ReturnEvent change) : OutboxEventSource(type)
{
    public override int? PartnerId(OutboxLookups c) => request.PartnerId;

    public override DateTimeOffset OccurredAt(DateTimeOffset now) => change.At == default ? now : change.At;

    public override bool AwaitsKeys => request.Id == 0 || request.CreditNote?.Id == 0;

    public override object Data(OutboxLookups c) =>
        new ReturnEventData(OutboxPayloads.Known(request.Id), request.Number, request.PartnerId, c.PartnerCodes.GetValueOrDefault(request.PartnerId),
            request.OrderId, request.Status.ToString(), request.Reason.ToString(), request.Note, request.ReceiptReference,
            request.CreditNote is { } note ? OutboxPayloads.Known(note.Id) : request.CreditNoteEntryId, request.CreditNote?.Number,
            request.CreditNote?.Amount,
            request.Lines.Select(l => new ReturnLineData(l.Sku, l.Quantity, l.UnitPrice, l.ReceivedQuantity, l.Disposition?.ToString(), l.CreditAmount))
                .ToList());

    /// <summary>The return events of a save, from the status changes it adds.</summary>
    public static List<ReturnEventSource> Scan(OutboxLookups lookups, List<EntityEntry> all, List<EntityEntry> added)
    {
        var requests = all.Select(e => e.Entity).OfType<ReturnRequest>().ToList();
        var sources = new List<ReturnEventSource>();
        foreach (var change in added.Select(e => e.Entity).OfType<ReturnEvent>())
        {
            var type = change switch
            {
                { From: ReturnStatus.Requested, To: ReturnStatus.Requested } => WebhookEvents.ReturnRequested,
                { To: ReturnStatus.Received } => WebhookEvents.ReturnReceived,
                _ => null,
            };
            var request = change.ReturnRequest ?? requests.FirstOrDefault(r => r.Events.Contains(change));
            if (type is null || request is null) continue;
            lookups.PartnerIds.Add(request.PartnerId);
            sources.Add(new ReturnEventSource(type, request, change));
        }
        return sources;
    }
}

internal sealed record ReturnEventData(int? ReturnId, string ReturnNumber, int PartnerId, string? PartnerCode, int OrderId, string Status,
    string Reason, string Note, string? ReceiptReference, int? CreditNoteId, string? CreditNoteNumber, decimal? CreditAmount,
    IReadOnlyList<ReturnLineData> Lines);

internal sealed record ReturnLineData(string Sku, int Quantity, decimal UnitPrice, int? ReceivedQuantity, string? Disposition, decimal? CreditAmount);
