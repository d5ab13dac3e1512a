using PartnerPortal.Domain.Access;

namespace PartnerPortal.Domain.Tests.Access;

public class AccessScopeTests
{
    private static readonly int[] NoRegions = [];

    // ---- AccessScope.For -------------------------------------------------------------------

    [Theory]
    [InlineData(PortalRoles.Admin)]
    [InlineData(PortalRoles.Admin, PortalRoles.ChannelManager)]
    [InlineData(PortalRoles.Dealer, PortalRoles.Admin)]
    [InlineData(PortalRoles.Trainee, PortalRoles.ChannelManager, PortalRoles.Admin)]
    public void Admin_sees_every_partner(params string[] roles)
    {
        var scope = AccessScope.For(roles, partnerId: 7, managedRegionIds: [2, 3]);

        Assert.Equal(ScopeKind.All, scope.Kind);
        Assert.Equal(AccessScope.Everything, scope);
        Assert.Null(scope.PartnerId);
        Assert.Empty(scope.RegionIds);
        Assert.True(scope.CanSee(partnerId: 7, regionId: 2));
        Assert.True(scope.CanSee(partnerId: 999, regionId: 42));
    }

    [Fact]
    public void Channel_manager_sees_only_partners_of_their_regions()
    {
        var scope = AccessScope.For([PortalRoles.ChannelManager], partnerId: null, managedRegionIds: [3, 1]);

        Assert.Equal(ScopeKind.Regions, scope.Kind);
        Assert.Null(scope.PartnerId);
        Assert.Equal([1, 3], scope.RegionIds);
        Assert.True(scope.CanSee(partnerId: 10, regionId: 1));
        Assert.True(scope.CanSee(partnerId: 11, regionId: 3));
        Assert.False(scope.CanSee(partnerId: 12, regionId: 2));
    }

    [Fact]
    public void Channel_manager_regions_are_deduplicated_and_ordered()
    {
        var scope = AccessScope.For([PortalRoles.ChannelManager], partnerId: null, managedRegionIds: [5, 2, 5, 1, 2]);

        Assert.Equal([1, 2, 5], scope.RegionIds);
    }

    [Fact]
    public void Channel_manager_role_wins_over_partner_staff_roles()
    {
        var scope = AccessScope.For([PortalRoles.Dealer, PortalRoles.ChannelManager], partnerId: 7, managedRegionIds: [4]);

        Assert.Equal(ScopeKind.Regions, scope.Kind);
        Assert.Null(scope.PartnerId);
        Assert.Equal([4], scope.RegionIds);
    }

    [Fact]
    public void Channel_manager_without_regions_sees_no_partner()
    {
        var scope = AccessScope.For([PortalRoles.ChannelManager], partnerId: null, managedRegionIds: NoRegions);

        Assert.Equal(ScopeKind.Regions, scope.Kind);
        Assert.Empty(scope.RegionIds);
        Assert.False(scope.CanSee(partnerId: 1, regionId: 1));
    }

    [Theory]
    [InlineData(PortalRoles.Dealer)]
    [InlineData(PortalRoles.Trainee)]
    public void Partner_staff_see_only_their_own_partner(string role)
    {
        var scope = AccessScope.For([role], partnerId: 42, managedRegionIds: [1, 2]);

        Assert.Equal(ScopeKind.Partner, scope.Kind);
        Assert.Equal(42, scope.PartnerId);
        Assert.Empty(scope.RegionIds);
        Assert.Equal(AccessScope.ForPartner(42), scope);
    }

    [Theory]
    [InlineData(PortalRoles.Dealer, null)]
    [InlineData(PortalRoles.Dealer, 0)]
    [InlineData(PortalRoles.Dealer, -1)]
    [InlineData(PortalRoles.Trainee, null)]
    [InlineData(PortalRoles.Trainee, 0)]
    public void Dealer_without_partner_sees_nothing(string role, int? partnerId)
    {
        var scope = AccessScope.For([role], partnerId, managedRegionIds: [1]);

        Assert.Equal(ScopeKind.None, scope.Kind);
        Assert.Equal(AccessScope.Nothing, scope);
        Assert.False(scope.CanSee(partnerId: 1, regionId: 1));
    }

    [Fact]
    public void User_without_roles_sees_nothing()
    {
        var scope = AccessScope.For([], partnerId: 7, managedRegionIds: [1]);

        Assert.Equal(AccessScope.Nothing, scope);
    }

    [Fact]
    public void User_with_only_an_unknown_role_sees_nothing()
    {
        var scope = AccessScope.For(["Auditor"], partnerId: 7, managedRegionIds: [1]);

        Assert.Equal(AccessScope.Nothing, scope);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Scope_for_a_partner_id_that_is_not_positive_is_nothing(int partnerId)
    {
        Assert.Equal(AccessScope.Nothing, AccessScope.ForPartner(partnerId));
    }

    // ---- CanSee ----------------------------------------------------------------------------

    [Theory]
    [InlineData(1, 1)]
    [InlineData(42, 7)]
    [InlineData(999, 999)]
    public void Everything_scope_can_see_any_partner(int partnerId, int regionId)
    {
        Assert.True(AccessScope.Everything.CanSee(partnerId, regionId));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(42, 7)]
    public void Nothing_scope_cannot_see_any_partner(int partnerId, int regionId)
    {
        Assert.False(AccessScope.Nothing.CanSee(partnerId, regionId));
    }

    [Theory]
    [InlineData(10, 2, true)]   // region in scope
    [InlineData(11, 4, true)]   // other region in scope
    [InlineData(10, 3, false)]  // region out of scope
    [InlineData(2, 3, false)]   // partner id equal to a scoped region id does not count
    [InlineData(4, 5, false)]
    public void Regions_scope_sees_partners_by_region_only(int partnerId, int regionId, bool expected)
    {
        var scope = AccessScope.ForRegions([4, 2]);

        Assert.Equal(expected, scope.CanSee(partnerId, regionId));
    }

    [Theory]
    [InlineData(42, 1, true)]   // own partner
    [InlineData(42, 9, true)]   // own partner, whatever its region
    [InlineData(41, 1, false)]  // another partner
    [InlineData(1, 42, false)]  // region id equal to own partner id does not count
    public void Partner_scope_sees_only_that_partner(int partnerId, int regionId, bool expected)
    {
        var scope = AccessScope.ForPartner(42);

        Assert.Equal(expected, scope.CanSee(partnerId, regionId));
    }

    // ---- Equality --------------------------------------------------------------------------

    [Fact]
    public void Scopes_of_the_same_regions_in_different_order_are_equal()
    {
        var first = AccessScope.ForRegions([3, 1, 2]);
        var second = AccessScope.ForRegions([2, 3, 1, 3]);

        Assert.Equal(first, second);
        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Channel_manager_scopes_built_from_the_same_regions_in_different_order_are_equal()
    {
        var first = AccessScope.For([PortalRoles.ChannelManager], null, [2, 1]);
        var second = AccessScope.For([PortalRoles.ChannelManager], null, [1, 2]);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Scopes_of_different_regions_are_not_equal()
    {
        Assert.NotEqual(AccessScope.ForRegions([1, 2]), AccessScope.ForRegions([1, 3]));
        Assert.NotEqual(AccessScope.ForRegions([1, 2]), AccessScope.ForRegions([1]));
    }

    [Fact]
    public void Partner_scopes_are_equal_only_for_the_same_partner()
    {
        Assert.Equal(AccessScope.ForPartner(7), AccessScope.ForPartner(7));
        Assert.NotEqual(AccessScope.ForPartner(7), AccessScope.ForPartner(8));
    }

    [Fact]
    public void Scopes_of_different_kinds_are_not_equal()
    {
        Assert.NotEqual(AccessScope.Everything, AccessScope.Nothing);
        Assert.NotEqual(AccessScope.Nothing, AccessScope.ForRegions([]));
        Assert.NotEqual(AccessScope.ForRegions([7]), AccessScope.ForPartner(7));
    }
}
