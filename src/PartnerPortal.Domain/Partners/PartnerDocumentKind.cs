namespace PartnerPortal.Domain.Partners;

/// <summary>The qualification documents the brand keeps on file for a partner.</summary>
public enum PartnerDocumentKind
{
    /// <summary>营业执照.</summary>
    BusinessLicense,
    /// <summary>授权书: the brand's authorization to sell its products.</summary>
    DealerAuthorization,
    /// <summary>税务登记证.</summary>
    TaxRegistration,
    /// <summary>质量认证, e.g. a CCC or ISO certificate.</summary>
    QualityCertificate,
    Other,
}
