using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Inventory;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Returns;

/// <summary>
/// A dealer's request to send shipped goods of one order back (RMA-yyyyMM-nnnnn). Every status change is recorded as a
/// <see cref="ReturnEvent"/> with who and when, and raises <see cref="Version"/>, so that two commands on the same return
/// (two receipts at once, an approval racing a cancellation) cannot both succeed.
/// </summary>
public sealed class ReturnRequest : IPartnerOwned, IAudited
{
    public const int NumberMaxLength = 30;
    public const int NoteMaxLength = 1000;
    public const int DecisionNoteMaxLength = 500;
    public const int ReceiptReferenceMaxLength = 100;

    public int Id { get; set; }
    public string Number { get; set; } = "";
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public int OrderId { get; set; }
    public Order? Order { get; set; }
    public ReturnStatus Status { get; private set; } = ReturnStatus.Requested;
    public ReturnReason Reason { get; set; }
    /// <summary>What the dealer wrote about the goods.</summary>
    public string Note { get; set; } = "";
    /// <summary>Why a channel manager rejected it (required then), or what they noted on approving.</summary>
    public string DecisionNote { get; set; } = "";
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? ReceivedAt { get; set; }
    /// <summary>Where the goods were counted in.</summary>
    public int? WarehouseId { get; set; }
    public Warehouse? Warehouse { get; set; }
    /// <summary>The warehouse system's reference of its receipt; unique, so a retry never receives twice.</summary>
    public string? ReceiptReference { get; set; }
    /// <summary>The credit note for what was received; unique, so a return is never credited twice.</summary>
    public int? CreditNoteEntryId { get; set; }
    public LedgerEntry? CreditNote { get; set; }
    public int Version { get; private set; }
    public List<ReturnLine> Lines { get; set; } = [];
    public List<ReturnEvent> Events { get; set; } = [];
    public List<ReturnPhoto> Photos { get; set; } = [];

    /// <summary>Moves to a new status and records who did it; refuses a move the return's life cycle does not allow.</summary>
    public void MoveTo(ReturnStatus next, DateTimeOffset at, string? userId, string userName, string note = "")
    {
        if (!ReturnTransitions.CanMove(Status, next))
            throw new InvalidOperationException($"Return {Number} cannot move from {Status} to {next}.");
        Events.Add(new ReturnEvent { At = at, UserId = userId, UserName = userName, From = Status, To = next, Note = note });
        Status = next;
        Version++;
    }

    /// <summary>The first event of a new return: requested by the dealer.</summary>
    public void Open(DateTimeOffset at, string? userId, string userName)
    {
        if (Events.Count > 0) throw new InvalidOperationException($"Return {Number} is already open.");
        RequestedAt = at;
        Events.Add(new ReturnEvent { At = at, UserId = userId, UserName = userName, From = ReturnStatus.Requested, To = ReturnStatus.Requested });
    }
}
