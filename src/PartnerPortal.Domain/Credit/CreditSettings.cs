namespace PartnerPortal.Domain.Credit;

/// <summary>What a channel manager may set on a partner's credit account.</summary>
public sealed record CreditSettings(decimal CreditLimit, CreditMode Mode, int PaymentTermsDays, int GraceDays);
