namespace PartnerPortal.Domain.Partners;

/// <summary>The brand's own rating of a partner's creditworthiness, A best.</summary>
public enum CreditRating
{
    A,
    B,
    C,
    D,
}
