using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Credit;

/// <summary>
/// A partner's credit with the brand. Balance and the approved-but-uninvoiced value are kept on the
/// account so that a submission can check and commit credit in one guarded update.
/// </summary>
public sealed class CreditAccount : IPartnerOwned, IAudited
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public decimal CreditLimit { get; set; }
    public CreditMode Mode { get; set; } = CreditMode.Hard;
    /// <summary>Days from invoice to due date.</summary>
    public int PaymentTermsDays { get; set; } = 30;
    /// <summary>Days past the due date before an unpaid invoice blocks new orders.</summary>
    public int GraceDays { get; set; } = 7;
    /// <summary>Invoices − payments − credit notes.</summary>
    public decimal Balance { get; set; }
    /// <summary>Value of approved orders not yet invoiced.</summary>
    public decimal ApprovedUninvoiced { get; set; }
    /// <summary>Raised by every change, so that two concurrent commits of credit cannot both succeed.</summary>
    public int Version { get; set; }

    public decimal Exposure => Balance + ApprovedUninvoiced;
    public decimal Available => CreditLimit - Exposure;
}
