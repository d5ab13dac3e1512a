namespace PartnerPortal.Domain.Returns;

/// <summary>Why a dealer sends goods back.</summary>
public enum ReturnReason
{
    Defective,
    WrongItem,
    DamagedInTransit,
    Overstock,
}
