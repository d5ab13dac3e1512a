using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Credit.Rules;
using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Ordering;

/// <summary>
/// A partner's order. Prices are frozen onto its lines when it is submitted; every status change is
/// recorded as an <see cref="OrderEvent"/> with who and when.
/// </summary>
public sealed class Order : IPartnerOwned
{
    public const int NumberMaxLength = 30;
    public const int IdempotencyKeyMaxLength = 64;

    public int Id { get; set; }
    public string Number { get; set; } = "";
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public OrderStatus Status { get; set; } = OrderStatus.Draft;
    /// <summary>Chosen by the client per submission: submitting the same key again returns the same order.</summary>
    public string IdempotencyKey { get; set; } = "";
    public DateTimeOffset SubmittedAt { get; set; }
    public string? SubmittedByUserId { get; set; }
    public decimal Total { get; set; }
    /// <summary>Why a manager rejected it, or what the credit check said.</summary>
    public string Note { get; set; } = "";
    /// <summary>The order's number in the brand's ERP, stored when the ERP acknowledges receipt.</summary>
    public string? ErpOrderNumber { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public List<OrderLine> Lines { get; set; } = [];
    public List<OrderEvent> Events { get; set; } = [];

    /// <summary>Moves to a new status and records who did it; refuses a move the order's life cycle does not allow.</summary>
    public void MoveTo(OrderStatus next, DateTimeOffset at, string? userId, string userName, string note = "") =>
        MoveTo(next, at, userId, userName, OrderEventFact.None, null, note);

    /// <summary>
    /// Moves to a new status and records who did it with a fact about the move as data (e.g. the credit figures of a hold or
    /// an approval); refuses a move the order's life cycle does not allow, or a credit fact without its figures.
    /// </summary>
    public void MoveTo(OrderStatus next, DateTimeOffset at, string? userId, string userName, OrderEventFact fact, CreditFigures? credit,
        string note = "")
    {
        if (!OrderTransitions.CanMove(Status, next))
            throw new InvalidOperationException($"Order {Number} cannot move from {Status} to {next}.");
        if (fact != OrderEventFact.None && credit is null)
            throw new ArgumentException($"The fact {fact} needs the credit figures.", nameof(credit));
        Events.Add(new OrderEvent
        {
            At = at, UserId = userId, UserName = userName, From = Status, To = next, Note = note, Fact = fact,
            CreditLimit = credit?.Limit, Exposure = credit?.Exposure, OrderTotal = credit?.OrderTotal,
        });
        Status = next;
    }
}
