namespace PartnerPortal.Domain.Partners;

public enum PartnerTier
{
    Strategic,
    Core,
    Standard,
}
