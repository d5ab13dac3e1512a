namespace PartnerPortal.Domain.Partners;

public enum PartnerStatus
{
    Active,
    Suspended,
}
