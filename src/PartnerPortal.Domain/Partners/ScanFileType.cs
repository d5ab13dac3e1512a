namespace PartnerPortal.Domain.Partners;

/// <summary>What a scan of a qualification document may be, as recognised from its first bytes.</summary>
public enum ScanFileType
{
    Pdf,
    Jpeg,
    Png,
}
