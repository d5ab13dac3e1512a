using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Inventory;

namespace PartnerPortal.Infrastructure.Fulfilment;

/// <summary>An order waiting for a channel manager's decision, with the partner's credit as it stands now.</summary>
/// <param name="AvailableCredit">Limit − exposure before this order; null when the partner has no credit account.</param>
public sealed record PendingOrder(int OrderId, string Number, int PartnerId, string PartnerCode, LocalName PartnerName, decimal Total,
    DateTimeOffset SubmittedAt, decimal? AvailableCredit);

/// <summary>What a channel manager may set on a partner's credit account.</summary>
public sealed record CreditSettings(decimal CreditLimit, CreditMode Mode, int PaymentTermsDays, int GraceDays);

/// <summary>An active product whose stock across all warehouses is at or below its low-stock threshold.</summary>
public sealed record LowStockItem(int ProductId, string Sku, string Name, string NameEn, int LowStockThreshold, int OnHand, int Reserved,
    int Available, StockState State, IReadOnlyList<WarehouseStock> Warehouses);

/// <summary>One warehouse's figures for a product.</summary>
public sealed record WarehouseStock(int WarehouseId, string Code, string Name, string NameEn, int OnHand, int Reserved, int Available);

/// <summary>A shipment posted with an external reference: <paramref name="Created"/> is false when the reference had shipped already.</summary>
public sealed record ShipmentPosting(int ShipmentId, bool Created);

/// <summary>A payment posted with an external reference: <paramref name="Created"/> is false when the reference had been posted already.</summary>
public sealed record PaymentPosting(int PaymentEntryId, bool Created);
