using PartnerPortal.Domain.Credit.Rules;

namespace PartnerPortal.Domain.Ordering;

/// <summary>One status change of an order: who, when, and what it recorded (<see cref="Fact"/> with its figures, and a note).</summary>
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
    /// <summary>
    /// What a person wrote (an approval note, a rejection reason) or the documents a shipment raised. Events written before
    /// <see cref="Fact"/> existed hold an English sentence here instead, shown as it was.
    /// </summary>
    public string Note { get; set; } = "";
    public OrderEventFact Fact { get; set; }
    /// <summary>The credit limit when the fact is about credit.</summary>
    public decimal? CreditLimit { get; set; }
    /// <summary>The exposure before this order, when the fact is about credit.</summary>
    public decimal? Exposure { get; set; }
    /// <summary>The order's total, when the fact is about credit.</summary>
    public decimal? OrderTotal { get; set; }

    /// <summary>The credit figures the event holds, or null.</summary>
    public CreditFigures? Credit => CreditLimit is { } limit && Exposure is { } exposure && OrderTotal is { } total
        ? CreditFigures.Of(limit, exposure, total)
        : null;
}
