using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>
/// The ERP's partner upsert on a real SQLite database with the demo partners: parents in the same request, sub-dealers,
/// contacts and credit left out or sent, and what a region-restricted key may touch.
/// </summary>
public sealed class PartnerSyncServiceTests
{
    private static async Task<TestDatabase> ArrangeAsync(params string[] regionCodes)
    {
        var database = await TestDatabase.CreateAsync();
        var regions = new List<int>();
        foreach (var code in regionCodes) regions.Add(await database.RegionIdAsync(code));
        database.SignInAs(new CurrentUser("apikey:3", "api:erp", [PortalRoles.Integration], regions));
        return database;
    }

    /// <summary>The stored partner as an upsert item: sending it back changes nothing.</summary>
    private static async Task<PartnerSyncItem> StoredAsync(TestDatabase database, string code)
    {
        await using var db = await database.CreateSystemContextAsync();
        var p = await db.Partners.Include(x => x.Region).Include(x => x.ParentPartner).SingleAsync(x => x.Code == code);
        return new PartnerSyncItem
        {
            Code = p.Code, Name = p.Name, NameEn = p.NameEn, Type = p.Type.ToString(), Tier = p.Tier.ToString(), RegionCode = p.Region!.Code,
            ParentCode = p.ParentPartner?.Code, Status = p.Status.ToString(), CreditRating = p.CreditRating.ToString(),
        };
    }

    private static async Task<BatchOutcome<UpsertSummary>> UpsertAsync(TestDatabase database, params PartnerSyncItem[] items) =>
        await database.Get<PartnerSyncService>().UpsertPartnersAsync(items);

    private static void AssertSucceeded(BatchOutcome<UpsertSummary> outcome) =>
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems.Select(p => $"[{p.Index}] {p.Problem.Field} {p.Problem.Code}")));

    private static (int?, string?, string) Only(BatchOutcome<UpsertSummary> outcome)
    {
        var problem = Assert.Single(outcome.Problems);
        return (problem.Index, problem.Problem.Field, problem.Problem.Code);
    }

    [Fact]
    public async Task Stored_partners_sent_back_unchanged_are_counted_unchanged()
    {
        await using var database = await ArrangeAsync();

        var outcome = await UpsertAsync(database, await StoredAsync(database, "P0001"), await StoredAsync(database, "P0002"));

        AssertSucceeded(outcome);
        Assert.Equal(new UpsertSummary(0, 0, 2), outcome.Value);
    }

    [Fact]
    public async Task A_partner_cannot_be_its_own_parent()
    {
        await using var database = await ArrangeAsync();

        var outcome = await UpsertAsync(database, await StoredAsync(database, "P0002") with { ParentCode = "p0002" });

        Assert.Equal((0, "parentCode", ProblemCodes.ParentIsSelf), Only(outcome));
    }

    [Fact]
    public async Task A_distributor_with_sub_dealers_cannot_become_a_dealer_unless_they_leave_it_in_the_same_request()
    {
        await using var database = await ArrangeAsync();
        var demoted = await StoredAsync(database, "P0012") with { Type = "Dealer" };

        var refused = await UpsertAsync(database, demoted);
        Assert.Equal((0, "type", ProblemCodes.HasSubPartners), Only(refused));

        var allowed = await UpsertAsync(database, demoted,
            await StoredAsync(database, "P0013") with { ParentCode = null }, await StoredAsync(database, "P0014") with { ParentCode = null });
        AssertSucceeded(allowed);
        Assert.Equal(new UpsertSummary(0, 3, 0), allowed.Value);
        await using var db = await database.CreateSystemContextAsync();
        Assert.False(await db.Partners.AnyAsync(p => p.Code == "P0013" && p.ParentPartnerId != null));
    }

    [Fact]
    public async Task A_distributor_moves_region_together_with_its_dealers_but_not_without_them()
    {
        await using var database = await ArrangeAsync();
        var moved = await StoredAsync(database, "P0009") with { RegionCode = "SOUTHWEST" };

        Assert.Equal((0, "regionCode", ProblemCodes.HasSubPartners), Only(await UpsertAsync(database, moved)));
        var dealerLeftBehind = await UpsertAsync(database, moved, await StoredAsync(database, "P0010"));
        Assert.Equal((1, "parentCode", ProblemCodes.ParentOtherRegion), Only(dealerLeftBehind));

        AssertSucceeded(await UpsertAsync(database, moved, await StoredAsync(database, "P0010") with { RegionCode = "SOUTHWEST" }));
    }

    [Fact]
    public async Task Contacts_left_out_are_kept_and_an_empty_list_removes_them()
    {
        await using var database = await ArrangeAsync();
        var p0001 = await database.PartnerIdAsync("P0001");
        async Task<int> ContactsAsync()
        {
            await using var db = await database.CreateSystemContextAsync();
            return await db.PartnerContacts.CountAsync(c => c.PartnerId == p0001);
        }
        var before = await ContactsAsync();

        AssertSucceeded(await UpsertAsync(database, await StoredAsync(database, "P0001")));
        Assert.Equal(before, await ContactsAsync());

        var cleared = await UpsertAsync(database, await StoredAsync(database, "P0001") with { Contacts = [] });
        Assert.Equal(new UpsertSummary(0, 1, 0), cleared.Value);
        Assert.Equal(0, await ContactsAsync());
    }

    [Fact]
    public async Task Credit_with_only_a_limit_keeps_mode_and_terms_and_the_version_rises_only_on_a_change()
    {
        await using var database = await ArrangeAsync();
        var p0006 = await database.PartnerIdAsync("P0006");
        async Task<CreditAccount> AccountAsync()
        {
            await using var db = await database.CreateSystemContextAsync();
            return await db.CreditAccounts.AsNoTracking().SingleAsync(a => a.PartnerId == p0006);
        }
        var before = await AccountAsync();
        var item = await StoredAsync(database, "P0006") with { Credit = new CreditSyncItem { CreditLimit = before.CreditLimit + 1m } };

        AssertSucceeded(await UpsertAsync(database, item));
        var once = await AccountAsync();
        var again = await UpsertAsync(database, item);

        Assert.Equal((before.CreditLimit + 1m, before.Mode, before.PaymentTermsDays, before.GraceDays, before.Version + 1),
            (once.CreditLimit, once.Mode, once.PaymentTermsDays, once.GraceDays, once.Version));
        Assert.Equal(new UpsertSummary(0, 0, 1), again.Value);
        Assert.Equal(once.Version, (await AccountAsync()).Version);
        await using var db = await database.CreateSystemContextAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "CreditAccount" && a.EntityKey == once.Id.ToString() && a.UserName == "api:erp"));
    }

    [Fact]
    public async Task Credit_of_a_new_partner_opens_its_account_with_the_defaults()
    {
        await using var database = await ArrangeAsync();

        var outcome = await UpsertAsync(database, new PartnerSyncItem
        {
            Code = "NEW-1", Name = "新伙伴", Type = "store", Tier = "standard", RegionCode = "north", ParentCode = "P0009",
            Credit = new CreditSyncItem { CreditLimit = 1_000m },
        });

        AssertSucceeded(outcome);
        await using var db = await database.CreateSystemContextAsync();
        var partner = await db.Partners.SingleAsync(p => p.Code == "NEW-1");
        Assert.Equal((PartnerStatus.Active, CreditRating.B, ""), (partner.Status, partner.CreditRating, partner.NameEn));
        var account = await db.CreditAccounts.SingleAsync(a => a.PartnerId == partner.Id);
        Assert.Equal((1_000m, CreditMode.Hard, 30, 7), (account.CreditLimit, account.Mode, account.PaymentTermsDays, account.GraceDays));
    }

    [Fact]
    public async Task A_region_restricted_key_may_not_move_its_partner_out_of_its_regions_nor_name_a_parent_outside_them()
    {
        await using var database = await ArrangeAsync("EAST");

        var moved = await UpsertAsync(database, await StoredAsync(database, "P0003") with { RegionCode = "SOUTH", ParentCode = null });
        var foreignParent = await UpsertAsync(database, new PartnerSyncItem { Code = "E-1", Name = "东", Type = "Dealer", Tier = "Core", RegionCode = "EAST", ParentCode = "P0005" });

        Assert.Equal((0, "regionCode", ProblemCodes.OutsideScope), Only(moved));
        Assert.Equal((0, "parentCode", ProblemCodes.NotFound), Only(foreignParent));
    }

    [Fact]
    public async Task A_channel_manager_may_not_sync_partners_but_an_admin_may()
    {
        await using var database = await ArrangeAsync();
        var item = await StoredAsync(database, "P0002");

        await database.SignInAsync(DemoUsers.ManagerEast);
        await Assert.ThrowsAsync<ScopeViolationException>(() => database.Get<PartnerSyncService>().UpsertPartnersAsync([item]));
        await database.SignInAsync(DemoUsers.Admin);
        AssertSucceeded(await UpsertAsync(database, item));
    }
}
