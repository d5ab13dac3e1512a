using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Partners;

namespace PartnerPortal.Infrastructure.Returns;

/// <summary>A shipped line of an order as the return form offers it: what shipped, what may still come back, at which price.</summary>
public sealed record ReturnableShipmentLine(int ShipmentLineId, int OrderLineId, string ShipmentNumber, DateOnly ShippedOn, string Sku,
    string ProductName, string ProductNameEn, int Shipped, int Returnable, decimal UnitPrice);

/// <summary>What a dealer sends to ask for a return; a reason not chosen (null) is reported with the form's other problems.</summary>
public sealed record ReturnRequestForm(int OrderId, ReturnReason? Reason, string? Note, IReadOnlyList<RequestedReturnLine> Lines,
    IReadOnlyList<ScanFile> Photos);

/// <summary>A row of a list of returns.</summary>
public sealed record ReturnListItem(int Id, string Number, string PartnerCode, string PartnerName, string OrderNumber, int OrderId,
    ReturnStatus Status, ReturnReason Reason, DateTimeOffset RequestedAt, int Quantity, decimal? CreditAmount, string? CreditNoteNumber);

/// <summary>One line of a return as its page shows it.</summary>
public sealed record ReturnLineView(int Id, int OrderLineId, string ShipmentNumber, string Sku, string ProductName, string ProductNameEn,
    int Quantity, decimal UnitPrice, int? ReceivedQuantity, ReturnDisposition? Disposition, decimal? CreditAmount);

/// <summary>A status change as the return's history shows it.</summary>
public sealed record ReturnEventView(DateTimeOffset At, string UserName, ReturnStatus From, ReturnStatus To, string Note);

/// <summary>A photo of a return: what its thumbnail and link show.</summary>
public sealed record ReturnPhotoView(int Id, string FileName, long Size);

/// <summary>A return with everything its page shows.</summary>
public sealed record ReturnDetail(int Id, string Number, int PartnerId, string PartnerCode, string PartnerName, int OrderId, string OrderNumber,
    ReturnStatus Status, ReturnReason Reason, string Note, string DecisionNote, DateTimeOffset RequestedAt, DateTimeOffset? ReceivedAt,
    string? WarehouseCode, string? ReceiptReference, string? CreditNoteNumber, decimal? CreditAmount, IReadOnlyList<ReturnLineView> Lines,
    IReadOnlyList<ReturnPhotoView> Photos, IReadOnlyList<ReturnEventView> History, IReadOnlyList<string> InvoiceNumbers);

/// <summary>A photo or its thumbnail as the photo endpoint serves it.</summary>
public sealed record ReturnPhotoDownload(string StoredName, string FileName, ScanFileType Type);

/// <summary>A receipt recorded, or found again by its reference (<see cref="Created"/> false).</summary>
public sealed record ReceiptPosting(int ReturnId, string Number, bool Created);

/// <summary>What returns hold of one order line, for the order's page.</summary>
public sealed record OrderLineReturn(int OrderLineId, int ReturnId, string ReturnNumber, ReturnStatus Status, int Quantity, int? ReceivedQuantity);
