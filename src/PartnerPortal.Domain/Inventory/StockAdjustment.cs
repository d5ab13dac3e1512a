using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Catalog;

namespace PartnerPortal.Domain.Inventory;

/// <summary>
/// A manual change of one product's on-hand quantity in one warehouse (a count correction, damage, a return),
/// with the reason given and who made it. The stock level itself changes in the same transaction.
/// </summary>
public sealed class StockAdjustment : IAudited
{
    public const int ReasonMaxLength = 200;

    public int Id { get; set; }
    public int WarehouseId { get; set; }
    public Warehouse? Warehouse { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    /// <summary>Added to on hand: positive for stock found or received, negative for stock written off. Never 0.</summary>
    public int Delta { get; set; }
    public string Reason { get; set; } = "";
    /// <summary>The warehouse's on-hand quantity of the product right after this adjustment.</summary>
    public int OnHandAfter { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
}
