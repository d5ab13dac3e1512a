namespace PartnerPortal.Domain.Credit.Rules;

/// <summary>Everything the credit check needs, read beforehand so that the check itself is pure.</summary>
/// <param name="Balance">Invoiced and not yet paid.</param>
/// <param name="ApprovedUninvoiced">Orders already approved but not yet invoiced: credit they will use.</param>
/// <param name="OrderTotal">The order being submitted.</param>
/// <param name="GraceDays">Days after the due date before an unpaid invoice blocks new orders.</param>
/// <param name="Today">Passed in rather than read from the clock, so decisions can be reproduced.</param>
public sealed record CreditCheckInput(
    decimal CreditLimit,
    decimal Balance,
    decimal ApprovedUninvoiced,
    decimal OrderTotal,
    CreditMode Mode,
    int GraceDays,
    bool PartnerSuspended,
    IReadOnlyList<OpenInvoice> OpenInvoices,
    DateOnly Today);
