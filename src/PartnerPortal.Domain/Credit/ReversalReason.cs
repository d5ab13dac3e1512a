namespace PartnerPortal.Domain.Credit;

/// <summary>Why a payment was reversed; stored on the reversal and shown beside both entries.</summary>
public enum ReversalReason
{
    /// <summary>The transfer or draft bounced: the money never arrived.</summary>
    Bounced,
    /// <summary>The money was from another partner and is recorded again on the right account.</summary>
    WrongPartner,
    /// <summary>Anything else; a note then says what.</summary>
    Other,
}
