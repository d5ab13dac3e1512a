namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// A partner's credit settings. creditLimit is required; mode ("Hard": orders over credit are blocked, "Soft": they wait for
/// approval), paymentTermsDays (0–365) and graceDays (0–90) keep the stored value when left out (a new account: Hard, 30, 7).
/// </summary>
public sealed record CreditSyncItem
{
    public decimal? CreditLimit { get; init; }
    public string? Mode { get; init; }
    public int? PaymentTermsDays { get; init; }
    public int? GraceDays { get; init; }
}
