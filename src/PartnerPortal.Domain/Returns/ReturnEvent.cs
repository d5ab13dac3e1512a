namespace PartnerPortal.Domain.Returns;

/// <summary>
/// One status change of a return: who, when, and the note (a rejection's reason, the documents a receipt raised). The id
/// numbers every change in commit order, so it is also the change token of the integration feed.
/// </summary>
public sealed class ReturnEvent
{
    public long Id { get; set; }
    public int ReturnRequestId { get; set; }
    public ReturnRequest? ReturnRequest { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public ReturnStatus From { get; set; }
    public ReturnStatus To { get; set; }
    public string Note { get; set; } = "";
}
