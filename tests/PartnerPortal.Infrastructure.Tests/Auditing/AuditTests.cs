using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Tests.Support;
using PartnerPortal.Infrastructure.Users;

namespace PartnerPortal.Infrastructure.Tests.Auditing;

public sealed class AuditTests
{
    [Fact]
    public async Task Changing_a_partner_writes_one_entry_with_the_user_and_old_and_new_values()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p2 = await database.PartnerIdAsync("P0002");
        var admin = await database.SignInAsync(DemoUsers.Admin);
        var before = await AuditIdsAsync(database);

        string oldName;
        await using (var db = await database.CreateContextAsync())
        {
            var partner = await db.Partners.SingleAsync(p => p.Id == p2);
            oldName = partner.Name;
            partner.Name = "杭州西湖家电有限公司（更名）";
            await db.SaveChangesAsync();
        }

        var entry = Assert.Single(await NewEntriesAsync(database, before));
        Assert.Equal(admin.UserId, entry.UserId);
        Assert.Equal(DemoUsers.Admin, entry.UserName);
        Assert.Equal(nameof(Partner), entry.EntityType);
        Assert.Equal(p2.ToString(), entry.EntityKey);
        Assert.Equal(AuditAction.Updated, entry.Action);
        using var changes = JsonDocument.Parse(entry.Changes);
        var name = Assert.Single(changes.RootElement.EnumerateObject());
        Assert.Equal(nameof(Partner.Name), name.Name);
        Assert.Equal(oldName, name.Value.GetProperty("old").GetString());
        Assert.Equal("杭州西湖家电有限公司（更名）", name.Value.GetProperty("new").GetString());
    }

    [Fact]
    public async Task Saving_without_a_real_change_writes_no_entry()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);
        var before = await AuditIdsAsync(database);

        await using (var db = await database.CreateContextAsync())
        {
            var partner = await db.Partners.SingleAsync(p => p.Code == "P0003");
            db.Entry(partner).Property(p => p.Name).IsModified = true; // marked, but the value is the same
            await db.SaveChangesAsync();
        }

        Assert.Empty(await NewEntriesAsync(database, before));
    }

    [Fact]
    public async Task Creating_a_partner_writes_a_created_entry_under_its_generated_id()
    {
        await using var database = await TestDatabase.CreateAsync();
        var east = await database.RegionIdAsync("EAST");
        await database.SignInAsync(DemoUsers.Admin);
        var before = await AuditIdsAsync(database);

        Partner partner;
        await using (var db = await database.CreateContextAsync())
        {
            partner = new Partner
            {
                Code = "P0100", Name = "宁波新港电器有限公司", NameEn = "Ningbo Xingang", Type = PartnerType.Dealer,
                Tier = PartnerTier.Standard, Status = PartnerStatus.Active, CreditRating = CreditRating.B, RegionId = east,
                Contacts = [new PartnerContact { Name = "孙强", Phone = "13900000000", Email = "sun@example.com", IsPrimary = true }],
            };
            db.Partners.Add(partner);
            await db.SaveChangesAsync();
        }

        Assert.True(partner.Id > 0);
        var entries = await NewEntriesAsync(database, before);
        var created = Assert.Single(entries, e => e.EntityType == nameof(Partner));
        Assert.Equal(AuditAction.Created, created.Action);
        Assert.Equal(partner.Id.ToString(), created.EntityKey);
        using var changes = JsonDocument.Parse(created.Changes);
        Assert.Equal(partner.Id, changes.RootElement.GetProperty("Id").GetProperty("new").GetInt32());
        Assert.Equal("P0100", changes.RootElement.GetProperty("Code").GetProperty("new").GetString());

        var contact = Assert.Single(entries, e => e.EntityType == nameof(PartnerContact));
        Assert.Equal(AuditAction.Created, contact.Action);
        Assert.Equal(partner.Contacts[0].Id.ToString(), contact.EntityKey);
        using var contactChanges = JsonDocument.Parse(contact.Changes);
        Assert.Equal(partner.Id, contactChanges.RootElement.GetProperty("PartnerId").GetProperty("new").GetInt32());
    }

    [Fact]
    public async Task Deleting_a_contact_writes_a_deleted_entry_with_the_old_values()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);
        var before = await AuditIdsAsync(database);

        PartnerContact contact;
        await using (var db = await database.CreateContextAsync())
        {
            contact = await db.PartnerContacts.OrderBy(c => c.Id).FirstAsync();
            db.PartnerContacts.Remove(contact);
            await db.SaveChangesAsync();
        }

        var entry = Assert.Single(await NewEntriesAsync(database, before));
        Assert.Equal(AuditAction.Deleted, entry.Action);
        Assert.Equal(contact.Id.ToString(), entry.EntityKey);
        using var changes = JsonDocument.Parse(entry.Changes);
        Assert.Equal(contact.Name, changes.RootElement.GetProperty("Name").GetProperty("old").GetString());
    }

    [Fact]
    public async Task A_failed_save_keeps_neither_the_change_nor_an_entry()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p2 = await database.PartnerIdAsync("P0002");
        await database.SignInAsync(DemoUsers.Admin);
        var before = await AuditIdsAsync(database);
        string oldName;

        await using (var db = await database.CreateContextAsync())
        {
            var partner = await db.Partners.SingleAsync(p => p.Id == p2);
            oldName = partner.Name;
            partner.Name = "Should not stay";
            partner.Code = "P0001"; // unique index
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.Null(db.Database.CurrentTransaction);
        }

        Assert.Empty(await NewEntriesAsync(database, before));
        await using var check = await database.CreateSystemContextAsync();
        var stored = await check.Partners.SingleAsync(p => p.Id == p2);
        Assert.Equal(("P0002", oldName), (stored.Code, stored.Name));
    }

    [Fact]
    public async Task A_failed_save_does_not_block_the_next_save_on_the_same_context()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p2 = await database.PartnerIdAsync("P0002");
        await database.SignInAsync(DemoUsers.Admin);
        var before = await AuditIdsAsync(database);

        await using (var db = await database.CreateContextAsync())
        {
            var partner = await db.Partners.SingleAsync(p => p.Id == p2);
            partner.Code = "P0001";
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            partner.Code = "P0002-B";
            await db.SaveChangesAsync();
        }

        var entry = Assert.Single(await NewEntriesAsync(database, before));
        using var changes = JsonDocument.Parse(entry.Changes);
        Assert.Equal("P0002-B", changes.RootElement.GetProperty("Code").GetProperty("new").GetString());
        await using var check = await database.CreateSystemContextAsync();
        Assert.Equal("P0002-B", (await check.Partners.SingleAsync(p => p.Id == p2)).Code);
    }

    [Fact]
    public async Task Password_hashes_never_reach_the_audit_log()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);
        var users = database.Get<UserAdminService>();
        var created = await users.CreateAsync(new UserDraft("audit.check@example.com", "Audit Check", "Admin", null, [], "First#Pass1"));
        Assert.True(created.Succeeded);
        Assert.True((await users.ResetPasswordAsync(created.Value!, "Second#Pass2")).Succeeded);
        var manager = database.Get<UserManager<PortalUser>>();
        var dealer = (await manager.FindByEmailAsync(DemoUsers.DealerP0001))!;
        Assert.True((await manager.ChangePasswordAsync(dealer, Infrastructure.Seeding.SeedOptions.DemoPassword, "Third#Pass3")).Succeeded);

        await using var db = await database.CreateSystemContextAsync();
        var hashes = await db.Users.Select(u => u.PasswordHash!).ToListAsync();
        var stamps = await db.Users.Select(u => u.SecurityStamp!).ToListAsync();
        var log = await db.AuditEntries.Select(a => a.Changes).ToListAsync();

        Assert.Contains(log, c => c.Contains("audit.check@example.com")); // the user rows are audited...
        Assert.All(log, changes =>
        {
            Assert.DoesNotContain("PasswordHash", changes); // ...but never their secrets
            Assert.DoesNotContain("SecurityStamp", changes);
            Assert.All(hashes, hash => Assert.DoesNotContain(hash, changes));
            Assert.All(stamps, stamp => Assert.DoesNotContain(stamp, changes));
        });
    }

    private static async Task<List<long>> AuditIdsAsync(TestDatabase database)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.AuditEntries.Select(a => a.Id).ToListAsync();
    }

    private static async Task<List<AuditEntry>> NewEntriesAsync(TestDatabase database, List<long> before)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.AuditEntries.Where(a => !before.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync();
    }
}
