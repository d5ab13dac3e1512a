namespace PartnerPortal.Domain.Access;

/// <summary>
/// Which partners' data a caller may see. Built once per operation from the signed-in user
/// and applied by the data layer to every partner-owned query and write.
/// </summary>
public sealed record AccessScope
{
    private AccessScope(ScopeKind kind, int? partnerId, IReadOnlyList<int> regionIds)
    {
        Kind = kind;
        PartnerId = partnerId;
        RegionIds = regionIds;
    }

    public ScopeKind Kind { get; }
    public int? PartnerId { get; }
    public IReadOnlyList<int> RegionIds { get; }

    public static AccessScope Nothing { get; } = new(ScopeKind.None, null, []);
    public static AccessScope Everything { get; } = new(ScopeKind.All, null, []);

    public static AccessScope ForPartner(int partnerId) =>
        partnerId > 0 ? new(ScopeKind.Partner, partnerId, []) : Nothing;

    public static AccessScope ForRegions(IEnumerable<int> regionIds) =>
        new(ScopeKind.Regions, null, regionIds.Distinct().Order().ToArray());

    /// <summary>
    /// The scope of a user with the given roles. Admin wins over everything; a channel manager sees
    /// their regions; partner staff see their own partner; anyone else sees nothing.
    /// </summary>
    public static AccessScope For(IReadOnlyCollection<string> roles, int? partnerId, IEnumerable<int> managedRegionIds)
    {
        if (roles.Contains(PortalRoles.Admin)) return Everything;
        if (roles.Contains(PortalRoles.ChannelManager)) return ForRegions(managedRegionIds);
        if ((roles.Contains(PortalRoles.Dealer) || roles.Contains(PortalRoles.Trainee)) && partnerId is > 0)
            return ForPartner(partnerId.Value);
        return Nothing;
    }

    public bool CanSee(int partnerId, int regionId) => Kind switch
    {
        ScopeKind.All => true,
        ScopeKind.Regions => RegionIds.Contains(regionId),
        ScopeKind.Partner => PartnerId == partnerId,
        _ => false,
    };

    public bool Equals(AccessScope? other) =>
        other is not null && Kind == other.Kind && PartnerId == other.PartnerId && RegionIds.SequenceEqual(other.RegionIds);

    public override int GetHashCode() => HashCode.Combine(Kind, PartnerId, RegionIds.Count);
}
