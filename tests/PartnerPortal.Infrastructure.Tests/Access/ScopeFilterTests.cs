using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Access;

/// <summary>Reads through a context made for the signed-in user return only the partners in their scope.</summary>
public sealed class ScopeFilterTests
{
    private static readonly string[] EastAndSouth = ["P0001", "P0002", "P0003", "P0004", "P0005", "P0006", "P0007", "P0008"];

    [Fact]
    public async Task A_dealer_sees_only_their_own_partner_and_its_contacts()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p1 = await database.PartnerIdAsync("P0001");
        var p2 = await database.PartnerIdAsync("P0002");
        await database.SignInAsync(DemoUsers.DealerP0001);

        await using var db = await database.CreateContextAsync();

        Assert.Equal(AccessScope.ForPartner(p1), db.Scope);
        Assert.Equal(["P0001"], await db.Partners.Select(p => p.Code).ToListAsync());
        var contacts = await db.PartnerContacts.ToListAsync();
        Assert.Equal(2, contacts.Count);
        Assert.All(contacts, c => Assert.Equal(p1, c.PartnerId));
        Assert.Null(await db.Partners.FindAsync(p2));
        Assert.Empty(await db.Partners.Where(p => p.Id == p2).ToListAsync());
        Assert.Empty(await db.PartnerContacts.Where(c => c.PartnerId == p2).ToListAsync());
        // Navigations are filtered too: P0001's sub-partners are not reachable through the parent.
        Assert.Equal(0, await db.Partners.CountAsync(p => p.ParentPartnerId == p1));
    }

    [Fact]
    public async Task A_trainee_sees_the_same_partner_as_the_dealer()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.TraineeP0001);

        await using var db = await database.CreateContextAsync();

        Assert.Equal(["P0001"], await db.Partners.Select(p => p.Code).ToListAsync());
    }

    [Fact]
    public async Task A_channel_manager_sees_the_partners_of_their_regions_only()
    {
        await using var database = await TestDatabase.CreateAsync();
        var north = await database.PartnerIdAsync("P0009");
        int expectedContacts;
        await using (var system = await database.CreateSystemContextAsync())
            expectedContacts = await system.PartnerContacts.CountAsync(c => c.Partner!.Region!.Code == "EAST" || c.Partner.Region.Code == "SOUTH");
        await database.SignInAsync(DemoUsers.ManagerEast);

        await using var db = await database.CreateContextAsync();

        Assert.Equal(ScopeKind.Regions, db.Scope.Kind);
        Assert.Equal(EastAndSouth, await db.Partners.OrderBy(p => p.Code).Select(p => p.Code).ToListAsync());
        Assert.Empty(await db.Partners.Where(p => p.Region!.Code == "NORTH" || p.Region.Code == "SOUTHWEST").ToListAsync());
        Assert.Null(await db.Partners.FindAsync(north));
        Assert.Equal(expectedContacts, await db.PartnerContacts.CountAsync());
        Assert.Empty(await db.PartnerContacts.Where(c => c.PartnerId == north).ToListAsync());
    }

    [Fact]
    public async Task An_admin_sees_every_partner()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);

        await using var db = await database.CreateContextAsync();

        Assert.Equal(AccessScope.Everything, db.Scope);
        Assert.Equal(14, await db.Partners.CountAsync());
        Assert.Equal(await db.PartnerContacts.IgnoreQueryFilters().CountAsync(), await db.PartnerContacts.CountAsync());
    }

    [Fact]
    public async Task An_anonymous_caller_sees_no_partner_data()
    {
        await using var database = await TestDatabase.CreateAsync();
        database.SignInAs(CurrentUser.Anonymous);

        await using var db = await database.CreateContextAsync();

        Assert.Equal(AccessScope.Nothing, db.Scope);
        Assert.Equal(0, await db.Partners.CountAsync());
        Assert.Equal(0, await db.PartnerContacts.CountAsync());
        Assert.Equal(14, await db.Partners.IgnoreQueryFilters().CountAsync()); // the data is there, just not for them
    }

    [Fact]
    public async Task A_signed_in_user_with_no_portal_role_sees_no_partner_data()
    {
        await using var database = await TestDatabase.CreateAsync();
        var dealer = await database.SignInAsync(DemoUsers.DealerP0001);
        database.SignInAs(dealer with { Roles = [] });

        await using var db = await database.CreateContextAsync();

        Assert.Equal(0, await db.Partners.CountAsync());
    }

    [Fact]
    public async Task A_context_nobody_scoped_sees_no_partner_data()
    {
        await using var database = await TestDatabase.CreateAsync();

        await using var db = database.CreateRawContext();

        Assert.Equal(0, await db.Partners.CountAsync());
        Assert.Equal(0, await db.PartnerContacts.CountAsync());
    }

    [Fact]
    public async Task Switching_the_signed_in_user_changes_the_scope_of_new_contexts()
    {
        await using var database = await TestDatabase.CreateAsync();

        await database.SignInAsync(DemoUsers.ManagerNorth);
        await using var north = await database.CreateContextAsync();
        await database.SignInAsync(DemoUsers.DealerP0002);
        await using var dealer = await database.CreateContextAsync();

        Assert.Equal(["P0009", "P0010", "P0011", "P0012", "P0013", "P0014"], await north.Partners.OrderBy(p => p.Code).Select(p => p.Code).ToListAsync());
        Assert.Equal(["P0002"], await dealer.Partners.Select(p => p.Code).ToListAsync());
    }
}
