namespace PartnerPortal.Domain.Ordering;

/// <summary>A status change of an order: the timeline on the order page.</summary>
public sealed class OrderEvent
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public Order? Order { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public OrderStatus From { get; set; }
    public OrderStatus To { get; set; }
    public string Note { get; set; } = "";
}
