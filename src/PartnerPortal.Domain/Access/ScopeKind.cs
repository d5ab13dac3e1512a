namespace PartnerPortal.Domain.Access;

public enum ScopeKind
{
    /// <summary>Sees no partner data at all: the safe default for an unknown caller.</summary>
    None,
    /// <summary>Sees every partner: administrators, seeding and background jobs.</summary>
    All,
    /// <summary>Sees the partners of a set of regions: channel managers.</summary>
    Regions,
    /// <summary>Sees one partner only: a partner's own staff.</summary>
    Partner,
}
