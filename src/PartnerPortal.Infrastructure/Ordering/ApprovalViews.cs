using PartnerPortal.Domain.Common;

namespace PartnerPortal.Infrastructure.Ordering;

/// <summary>An order waiting for a channel manager's decision, with the partner's credit as it stands now.</summary>
/// <param name="AvailableCredit">Limit − exposure before this order; null when the partner has no credit account.</param>
public sealed record PendingOrder(int OrderId, string Number, int PartnerId, string PartnerCode, LocalName PartnerName, decimal Total,
    DateTimeOffset SubmittedAt, decimal? AvailableCredit);

/// <summary>A shipment posted with an external reference: <paramref name="Created"/> is false when the reference had shipped already.</summary>
public sealed record ShipmentPosting(int ShipmentId, bool Created);
