using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// The JSON a webhook receiver gets: the event's id, type and time, and under <c>data</c> the ids and business numbers
/// an ERP needs to post it (order number, partner code, amounts). Never user ids, credit figures or notes.
/// </summary>
internal static class OutboxPayloads
{
    // Chinese names stay readable in the stored JSON instead of \uXXXX escapes.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(Guid eventId, string type, DateTimeOffset occurredAt, object data) =>
        JsonSerializer.Serialize(new Envelope(eventId, type, occurredAt, data), Json);

    /// <summary>A key the database has not given yet is left out; it is filled in once the row is saved.</summary>
    public static int? Known(int id) => id > 0 ? id : null;

    private sealed record Envelope(Guid Id, string Type, DateTimeOffset OccurredAt, object Data);
}

internal sealed record OrderEventData(
    int? OrderId, string OrderNumber, int PartnerId, string? PartnerCode, string Status, string? PreviousStatus, decimal Total,
    DateTimeOffset SubmittedAt, string? ErpOrderNumber, IReadOnlyList<OrderLineData>? Lines, ShipmentData? Shipment);

internal sealed record OrderLineData(string Sku, int Quantity, decimal UnitPrice, decimal LineTotal);

internal sealed record ShipmentData(int? ShipmentId, string ShipmentNumber, DateOnly ShippedOn, decimal Amount, int? InvoiceId, string? InvoiceNumber,
    string? ExternalReference, IReadOnlyList<ShippedLineData> Lines);

internal sealed record ShippedLineData(string Sku, int Quantity, decimal Amount);

internal sealed record PaymentData(int? PaymentId, string PaymentNumber, int PartnerId, string? PartnerCode, decimal Amount, DateOnly Date,
    string Reference, string? ExternalReference, decimal Unallocated, IReadOnlyList<AllocationData> Allocations);

/// <summary><c>payment.reversed</c>: the reversal, the payment it undoes (with the ERP's reference) and the invoices owed again.</summary>
internal sealed record PaymentReversedData(int? ReversalId, string ReversalNumber, int PartnerId, string? PartnerCode, decimal Amount, DateOnly Date,
    string Reason, int PaymentId, string? PaymentNumber, string? PaymentReference, IReadOnlyList<AllocationData> ReopenedInvoices);

internal sealed record AllocationData(int? InvoiceId, string? InvoiceNumber, decimal Amount);

internal sealed record RebateSettledData(int? CreditNoteId, string CreditNoteNumber, int PartnerId, string? PartnerCode, decimal Amount, DateOnly Date,
    int PolicyId, string? PolicyCode, int? PolicyVersion, string? Period, DateOnly PeriodStart, DateOnly PeriodEnd, int? AccrualId);
