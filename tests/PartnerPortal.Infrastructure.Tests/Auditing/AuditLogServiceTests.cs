using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Auditing;

/// <summary>The audit log as brand staff read it, on the demo data: P0001–P0004 are EAST, P0009 NORTH; manager.east has EAST and SOUTH.</summary>
public sealed class AuditLogServiceTests
{
    private static readonly PageRequest FirstPage = new(0, 50);

    [Fact]
    public async Task A_credit_limit_change_is_listed_under_its_partner_with_the_user_and_the_values_before_and_after()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p3 = await database.PartnerIdAsync("P0003");
        await database.SignInAsync(DemoUsers.Admin);
        Assert.True((await database.Get<CreditSettingsService>().UpdateAsync(p3, new CreditSettings(250_000.00m, CreditMode.Hard, 30, 7))).Succeeded);

        var page = await database.Get<AuditLogService>().ListAsync(FirstPage, new AuditLogFilter(PartnerId: p3, EntityType: nameof(CreditAccount)));

        var entry = page.Items[0];
        Assert.Equal((AuditAction.Updated, p3, "P0003"), (entry.Action, entry.Partner?.Id, entry.Partner?.Code));
        Assert.Equal(AuditActorKind.User, entry.Actor.Kind);
        Assert.Equal("系统管理员 Admin", entry.Actor.Name); // the display name, not the e-mail
        var limit = Assert.Single(entry.Fields, f => f.Field == nameof(CreditAccount.CreditLimit));
        Assert.Equal(("200000.00", "250000.00", true), (limit.Before, limit.After, limit.Changed));
    }

    [Fact]
    public async Task A_channel_manager_never_sees_another_regions_partner_even_when_the_filter_names_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p3 = await database.PartnerIdAsync("P0003");
        var p9 = await database.PartnerIdAsync("P0009");
        await database.SignInAsync(DemoUsers.Admin);
        await RenameAsync(database, p3, "东区改名");
        await RenameAsync(database, p9, "北区改名");
        await RenameProductAsync(database);

        await database.SignInAsync(DemoUsers.ManagerEast);
        var audit = database.Get<AuditLogService>();
        var north = await audit.ListAsync(FirstPage, new AuditLogFilter(PartnerId: p9));
        var own = await audit.ListAsync(FirstPage, new AuditLogFilter(PartnerId: p3, EntityType: nameof(Partner)));
        var everything = await audit.ListAsync(new PageRequest(0, PageRequest.MaxPageSize), new AuditLogFilter());
        var choices = await audit.ChoicesAsync();

        Assert.Equal(0, north.TotalCount);
        Assert.Empty(north.Items);
        Assert.Contains(own.Items, e => e.Fields.Any(f => f.After == "东区改名"));
        Assert.Equal(0, await audit.CountAsync(new AuditLogFilter(PartnerId: p9)));
        Assert.Equal(0, await CountRowsAsync(audit, new AuditLogFilter(PartnerId: p9)));
        // Only entries of EAST and SOUTH partners; the brand's own data (a product) is the administrator's.
        Assert.All(everything.Items, e => Assert.NotNull(e.Partner));
        Assert.DoesNotContain(everything.Items, e => e.Partner!.Id == p9 || e.EntityType == "Product");
        Assert.DoesNotContain("Product", choices.EntityTypes);

        await database.SignInAsync(DemoUsers.Admin);
        Assert.Contains((await database.Get<AuditLogService>().ListAsync(FirstPage, new AuditLogFilter(PartnerId: p9, EntityType: nameof(Partner)))).Items,
            e => e.Fields.Any(f => f.After == "北区改名"));
        Assert.True(await database.Get<AuditLogService>().CountAsync(new AuditLogFilter(EntityType: "Product")) > 0);
    }

    [Fact]
    public async Task Dealers_get_no_audit_log()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.DealerP0001);

        await Assert.ThrowsAsync<ScopeViolationException>(() => database.Get<AuditLogService>().ListAsync(FirstPage, new AuditLogFilter()));
        await Assert.ThrowsAsync<ScopeViolationException>(() => database.Get<AuditLogService>().CountAsync(new AuditLogFilter()));
    }

    [Fact]
    public async Task Filters_select_by_type_user_action_and_local_days_and_pages_run_newest_first()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p1 = await database.PartnerIdAsync("P0001");
        var day = new DateTime(2031, 5, 10, 12, 0, 0);
        await using (var db = await database.CreateSystemContextAsync())
        {
            for (var i = 0; i < 30; i++)
                db.AuditEntries.Add(Entry(p1, At(day.AddDays(i % 3)).AddMinutes(i), i % 2 == 0 ? "api:erp" : "system:jobs",
                    i % 5 == 0 ? AuditAction.Created : AuditAction.Updated, $"T{i:D2}"));
            await db.SaveChangesAsync();
        }
        await database.SignInAsync(DemoUsers.Admin);
        var audit = database.Get<AuditLogService>();
        var test = new AuditLogFilter(EntityType: "TestRow");

        var first = await audit.ListAsync(new PageRequest(0, 10), test);
        var second = await audit.ListAsync(new PageRequest(1, 10), test);
        var all = (await audit.ListAsync(new PageRequest(0, 50), test)).Items;

        Assert.Equal(30, first.TotalCount);
        Assert.Equal(10, first.Items.Count);
        Assert.Equal(all.Take(10).Select(e => e.Id), first.Items.Select(e => e.Id));
        Assert.Equal(all.Skip(10).Take(10).Select(e => e.Id), second.Items.Select(e => e.Id));
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.OccurredAt >= p.Second.OccurredAt));
        // Keys T00, T03, … fall on the first day, T01, T04, … on the second, T02, T05, … on the third.
        Assert.Equal(15, (await audit.ListAsync(FirstPage, test with { User = "api:erp" })).TotalCount);
        Assert.Equal(AuditActorKind.ApiKey, (await audit.ListAsync(FirstPage, test with { User = "api:erp" })).Items[0].Actor.Kind);
        Assert.Equal(6, (await audit.ListAsync(FirstPage, test with { Action = AuditAction.Created })).TotalCount);
        var secondDay = DateOnly.FromDateTime(day.AddDays(1));
        var onSecondDay = await audit.ListAsync(FirstPage, test with { From = secondDay, To = secondDay });
        Assert.Equal(10, onSecondDay.TotalCount);
        Assert.All(onSecondDay.Items, e => Assert.Equal(1, int.Parse(e.EntityKey[1..], System.Globalization.CultureInfo.InvariantCulture) % 3));
        Assert.Equal(20, (await audit.ListAsync(FirstPage, test with { From = secondDay })).TotalCount);
        Assert.Equal(0, (await audit.ListAsync(FirstPage, test with { To = DateOnly.FromDateTime(day.AddDays(-1)) })).TotalCount);
        // Days outside the portal's years are clamped, not an error.
        Assert.Equal(30, (await audit.ListAsync(FirstPage, test with { From = DateOnly.MinValue, To = DateOnly.MaxValue })).TotalCount);
        var choices = await audit.ChoicesAsync();
        Assert.Contains("TestRow", choices.EntityTypes);
        Assert.Contains(choices.Users, u => u.UserName == "api:erp" && u.Actor.Kind == AuditActorKind.ApiKey);
    }

    [Fact]
    public async Task New_entries_carry_the_partner_of_the_row_they_describe()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p2 = await database.PartnerIdAsync("P0002");
        await database.SignInAsync(DemoUsers.Admin);
        long before;
        await using (var db = await database.CreateSystemContextAsync()) before = await db.AuditEntries.MaxAsync(a => a.Id);

        await using (var db = await database.CreateContextAsync())
        {
            var partner = await db.Partners.Include(p => p.Contacts).SingleAsync(p => p.Id == p2);
            partner.Contacts.Add(new PartnerContact { Name = "王芳", Phone = "13800000001", Email = "wang@example.com" });
            var dealer = await db.Users.SingleAsync(u => u.Email == DemoUsers.DealerP0002);
            dealer.DisplayName = "王经理";
            await db.SaveChangesAsync();
        }

        await using var check = await database.CreateSystemContextAsync();
        var entries = await check.AuditEntries.Where(a => a.Id > before).ToListAsync();
        Assert.Equal(p2, Assert.Single(entries, e => e.EntityType == nameof(PartnerContact)).PartnerId);
        Assert.Equal(p2, Assert.Single(entries, e => e.EntityType == "PortalUser").PartnerId);
    }

    [Fact]
    public async Task Earlier_entries_get_the_partner_of_their_row_at_start_up()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p2 = await database.PartnerIdAsync("P0002");
        int contactId, accountId;
        await using (var db = await database.CreateSystemContextAsync())
        {
            contactId = await db.PartnerContacts.Where(c => c.PartnerId == p2).Select(c => c.Id).FirstAsync();
            accountId = await db.CreditAccounts.Where(c => c.PartnerId == p2).Select(c => c.Id).FirstAsync();
            db.AuditEntries.AddRange(
                Entry(null, At(new DateTime(2026, 1, 5, 9, 0, 0)), "old@example.com", AuditAction.Updated, p2.ToString(), nameof(Partner)),
                Entry(null, At(new DateTime(2026, 1, 5, 9, 0, 0)), "old@example.com", AuditAction.Updated, contactId.ToString(), nameof(PartnerContact)),
                Entry(null, At(new DateTime(2026, 1, 5, 9, 0, 0)), "old@example.com", AuditAction.Updated, accountId.ToString(), nameof(CreditAccount)),
                Entry(null, At(new DateTime(2026, 1, 5, 9, 0, 0)), "old@example.com", AuditAction.Deleted, "999999", nameof(PartnerContact)),
                Entry(null, At(new DateTime(2026, 1, 5, 9, 0, 0)), "old@example.com", AuditAction.Updated, "1", "Product"));
            await db.SaveChangesAsync();
        }

        await database.InitializeAsync();

        await using var check = await database.CreateSystemContextAsync();
        var old = await check.AuditEntries.Where(a => a.UserName == "old@example.com").OrderBy(a => a.Id).Select(a => a.PartnerId).ToListAsync();
        Assert.Equal([p2, p2, p2, null, null], old);
    }

    private static DateTimeOffset At(DateTime local) => new(local, TimeZoneInfo.Local.GetUtcOffset(local));

    private static AuditEntry Entry(int? partnerId, DateTimeOffset at, string user, AuditAction action, string key, string type = "TestRow") => new()
    {
        OccurredAt = at, UserName = user, EntityType = type, EntityKey = key, Action = action, PartnerId = partnerId,
        Changes = """{"Name":{"old":"a","new":"b"}}""",
    };

    private static async Task RenameAsync(TestDatabase database, int partnerId, string name)
    {
        await using var db = await database.CreateContextAsync();
        (await db.Partners.SingleAsync(p => p.Id == partnerId)).Name = name;
        await db.SaveChangesAsync();
    }

    private static async Task RenameProductAsync(TestDatabase database)
    {
        await using var db = await database.CreateContextAsync();
        var product = await db.Products.OrderBy(p => p.Id).FirstAsync();
        product.Name += "（新）";
        await db.SaveChangesAsync();
    }

    private static async Task<int> CountRowsAsync(AuditLogService audit, AuditLogFilter filter)
    {
        var count = 0;
        await foreach (var _ in audit.RowsAsync(filter)) count++;
        return count;
    }
}
