using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Access;

/// <summary>Writes through a scoped context cannot touch rows of partners outside the caller's scope.</summary>
public sealed class ScopeGuardTests
{
    private static PartnerContact NewContact(int partnerId, string name) =>
        new() { PartnerId = partnerId, Name = name, Title = "采购", Phone = "13800000000", Email = "new@example.com" };

    [Fact]
    public async Task A_new_contact_of_a_dealer_is_stamped_with_their_partner()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p1 = await database.PartnerIdAsync("P0001");
        await database.SignInAsync(DemoUsers.DealerP0001);

        int id;
        await using (var db = await database.CreateContextAsync())
        {
            var contact = NewContact(0, "Stamped");
            db.PartnerContacts.Add(contact);
            await db.SaveChangesAsync();
            id = contact.Id;
        }

        await using var check = await database.CreateSystemContextAsync();
        Assert.Equal(p1, (await check.PartnerContacts.SingleAsync(c => c.Id == id)).PartnerId);
    }

    [Fact]
    public async Task A_dealer_cannot_add_a_contact_to_another_partner()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p2 = await database.PartnerIdAsync("P0002");
        var before = await CountContactsAsync(database);
        await database.SignInAsync(DemoUsers.DealerP0001);

        await using (var db = await database.CreateContextAsync())
        {
            db.PartnerContacts.Add(NewContact(p2, "Foreign"));
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }

        Assert.Equal(before, await CountContactsAsync(database));
        await using var check = await database.CreateSystemContextAsync();
        Assert.False(await check.PartnerContacts.AnyAsync(c => c.Name == "Foreign"));
        Assert.False(await check.AuditEntries.AnyAsync(a => a.EntityType == nameof(PartnerContact) && a.Changes.Contains("Foreign")));
    }

    [Fact]
    public async Task A_dealer_cannot_move_their_contact_to_another_partner()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p1 = await database.PartnerIdAsync("P0001");
        var p2 = await database.PartnerIdAsync("P0002");
        await database.SignInAsync(DemoUsers.DealerP0001);

        await using (var db = await database.CreateContextAsync())
        {
            var own = await db.PartnerContacts.FirstAsync();
            own.PartnerId = p2;
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }

        await using var check = await database.CreateSystemContextAsync();
        Assert.Equal(2, await check.PartnerContacts.CountAsync(c => c.PartnerId == p1));
    }

    [Fact]
    public async Task A_dealer_cannot_change_another_partner_by_attaching_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p2 = await database.PartnerIdAsync("P0002");
        Partner foreign;
        await using (var system = await database.CreateSystemContextAsync())
            foreign = await system.Partners.AsNoTracking().SingleAsync(p => p.Id == p2);
        await database.SignInAsync(DemoUsers.DealerP0001);

        await using (var db = await database.CreateContextAsync())
        {
            foreign.Name = "Hijacked";
            db.Partners.Update(foreign);
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }

        await using var check = await database.CreateSystemContextAsync();
        Assert.NotEqual("Hijacked", (await check.Partners.SingleAsync(p => p.Id == p2)).Name);
    }

    [Fact]
    public async Task A_channel_manager_cannot_modify_a_contact_outside_their_regions()
    {
        await using var database = await TestDatabase.CreateAsync();
        var north = await database.PartnerIdAsync("P0009");
        PartnerContact contact;
        await using (var system = await database.CreateSystemContextAsync())
            contact = await system.PartnerContacts.AsNoTracking().FirstAsync(c => c.PartnerId == north);
        var original = contact.Name;
        await database.SignInAsync(DemoUsers.ManagerEast);

        await using (var db = await database.CreateContextAsync())
        {
            // The filter hides the row, so a forged write attaches it by id.
            Assert.Null(await db.PartnerContacts.FindAsync(contact.Id));
            contact.Name = "Changed by manager.east";
            db.PartnerContacts.Update(contact);
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }

        await using var check = await database.CreateSystemContextAsync();
        Assert.Equal(original, (await check.PartnerContacts.SingleAsync(c => c.Id == contact.Id)).Name);
    }

    [Fact]
    public async Task A_channel_manager_cannot_delete_a_contact_outside_their_regions()
    {
        await using var database = await TestDatabase.CreateAsync();
        var north = await database.PartnerIdAsync("P0009");
        PartnerContact contact;
        await using (var system = await database.CreateSystemContextAsync())
            contact = await system.PartnerContacts.AsNoTracking().FirstAsync(c => c.PartnerId == north);
        await database.SignInAsync(DemoUsers.ManagerEast);

        await using (var db = await database.CreateContextAsync())
        {
            db.PartnerContacts.Remove(contact);
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }

        await using var check = await database.CreateSystemContextAsync();
        Assert.True(await check.PartnerContacts.AnyAsync(c => c.Id == contact.Id));
    }

    [Fact]
    public async Task A_channel_manager_cannot_move_a_contact_into_a_partner_outside_their_regions()
    {
        await using var database = await TestDatabase.CreateAsync();
        var east = await database.PartnerIdAsync("P0003");
        var north = await database.PartnerIdAsync("P0009");
        await database.SignInAsync(DemoUsers.ManagerEast);

        int id;
        await using (var db = await database.CreateContextAsync())
        {
            var contact = await db.PartnerContacts.FirstAsync(c => c.PartnerId == east);
            id = contact.Id;
            contact.PartnerId = north;
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }

        await using var check = await database.CreateSystemContextAsync();
        Assert.Equal(east, (await check.PartnerContacts.SingleAsync(c => c.Id == id)).PartnerId);
    }

    [Fact]
    public async Task A_channel_manager_may_modify_a_contact_in_their_regions()
    {
        await using var database = await TestDatabase.CreateAsync();
        var south = await database.PartnerIdAsync("P0006");
        await database.SignInAsync(DemoUsers.ManagerEast);

        int id;
        await using (var db = await database.CreateContextAsync())
        {
            var contact = await db.PartnerContacts.FirstAsync(c => c.PartnerId == south);
            id = contact.Id;
            contact.Title = "区域经理";
            await db.SaveChangesAsync();
        }

        await using var check = await database.CreateSystemContextAsync();
        Assert.Equal("区域经理", (await check.PartnerContacts.SingleAsync(c => c.Id == id)).Title);
    }

    [Fact]
    public async Task An_admin_may_modify_any_contact()
    {
        await using var database = await TestDatabase.CreateAsync();
        var north = await database.PartnerIdAsync("P0009");
        PartnerContact contact;
        await using (var system = await database.CreateSystemContextAsync())
            contact = await system.PartnerContacts.AsNoTracking().FirstAsync(c => c.PartnerId == north);
        await database.SignInAsync(DemoUsers.Admin);

        await using (var db = await database.CreateContextAsync())
        {
            var tracked = await db.PartnerContacts.SingleAsync(c => c.Id == contact.Id);
            tracked.Name = "Changed by admin";
            db.PartnerContacts.Add(NewContact(north, "Added by admin"));
            await db.SaveChangesAsync();
        }

        await using var check = await database.CreateSystemContextAsync();
        Assert.Equal("Changed by admin", (await check.PartnerContacts.SingleAsync(c => c.Id == contact.Id)).Name);
        Assert.True(await check.PartnerContacts.AnyAsync(c => c.PartnerId == north && c.Name == "Added by admin"));
    }

    [Fact]
    public async Task An_anonymous_caller_cannot_write_partner_data()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p1 = await database.PartnerIdAsync("P0001");
        var before = await CountContactsAsync(database);
        database.SignInAs(CurrentUser.Anonymous);

        await using (var db = await database.CreateContextAsync())
        {
            db.PartnerContacts.Add(NewContact(p1, "Anonymous"));
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }

        Assert.Equal(before, await CountContactsAsync(database));
    }

    private static async Task<int> CountContactsAsync(TestDatabase database)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.PartnerContacts.CountAsync();
    }
}
