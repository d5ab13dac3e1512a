using PartnerPortal.Domain.Returns;

namespace PartnerPortal.Web.Components.Returns;

/// <summary>A receipt as entered: the receiving warehouse, what was counted in of each line and what becomes of it, the warehouse's reference.</summary>
public sealed record ReturnReceiptInput(int WarehouseId, IReadOnlyList<ReceivedReturnLine> Lines, string? Reference);
