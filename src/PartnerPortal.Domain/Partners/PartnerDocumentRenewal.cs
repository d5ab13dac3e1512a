using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Partners;

/// <summary>
/// A renewed qualification document a dealer uploaded (new number, dates and scan) for the channel manager to accept or
/// reject. The document in force stays as it is until the renewal is accepted; accepting copies the renewal onto the
/// document and keeps what it replaced here, so the accepted renewals of a document are its history.
/// </summary>
public sealed class PartnerDocumentRenewal : IPartnerOwned, IAudited
{
    public const int ReasonMaxLength = 200;
    public const int ActorMaxLength = 256;

    public int Id { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public int DocumentId { get; set; }
    public PartnerDocument? Document { get; set; }

    public string Number { get; set; } = "";
    public DateOnly? IssuedOn { get; set; }
    public DateOnly ExpiresOn { get; set; }
    public int ScanId { get; set; }
    public PartnerDocumentScan? Scan { get; set; }

    /// <summary>Also the concurrency token: of two managers deciding at once, the second finds it decided.</summary>
    public RenewalStatus Status { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public string? SubmittedByUserId { get; set; }
    public string SubmittedByName { get; set; } = "";
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedByUserId { get; set; }
    public string? DecidedByName { get; set; }
    /// <summary>Why it was rejected; empty otherwise.</summary>
    public string Reason { get; set; } = "";

    /// <summary>The document as it was before this renewal replaced it (set on acceptance).</summary>
    public string? PreviousNumber { get; set; }
    public DateOnly? PreviousIssuedOn { get; set; }
    public DateOnly? PreviousExpiresOn { get; set; }
    public int? PreviousScanId { get; set; }
    public PartnerDocumentScan? PreviousScan { get; set; }

    /// <summary>Puts the renewal in force on <paramref name="document"/>, keeping what it replaces; only while pending.</summary>
    public Outcome Accept(PartnerDocument document, DateTimeOffset now, string? userId, string userName)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Id != DocumentId) throw new ArgumentException("Not the document this renewal renews.", nameof(document));
        if (Status != RenewalStatus.Pending) return Outcome.Failed(ProblemCodes.AlreadyDecided, null, Status);

        (PreviousNumber, PreviousIssuedOn, PreviousExpiresOn, PreviousScanId) = (document.Number, document.IssuedOn, document.ExpiresOn, document.ScanId);
        (document.Number, document.IssuedOn, document.ExpiresOn, document.ScanId) = (Number, IssuedOn, ExpiresOn, ScanId);
        document.UpdatedAt = now;
        Decide(RenewalStatus.Accepted, now, userId, userName);
        return Outcome.Success;
    }

    /// <summary>Refuses the renewal with a reason the dealer reads; only while pending. The document is left as it is.</summary>
    public Outcome Reject(string? reason, DateTimeOffset now, string? userId, string userName)
    {
        if (Status != RenewalStatus.Pending) return Outcome.Failed(ProblemCodes.AlreadyDecided, null, Status);
        var problems = new List<Problem>();
        TextRules.Required(problems, nameof(Reason), reason, ReasonMaxLength);
        if (problems.Count > 0) return Outcome.Failed(problems);

        Reason = reason!.Trim();
        Decide(RenewalStatus.Rejected, now, userId, userName);
        return Outcome.Success;
    }

    private void Decide(RenewalStatus status, DateTimeOffset now, string? userId, string userName)
    {
        Status = status;
        DecidedAt = now;
        DecidedByUserId = userId;
        DecidedByName = userName;
    }
}
