namespace PartnerPortal.Domain.Integration;

/// <summary>
/// One change to an order, numbered in the order changes were committed: the id is the change token integrations page
/// through ("orders changed since token N").
/// </summary>
public sealed class OrderChange
{
    public long Id { get; set; }
    public int OrderId { get; set; }
    public Ordering.Order? Order { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
