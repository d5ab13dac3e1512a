namespace PartnerPortal.Domain.Partners;

public enum PartnerType
{
    Distributor,
    Dealer,
    Store,
}
