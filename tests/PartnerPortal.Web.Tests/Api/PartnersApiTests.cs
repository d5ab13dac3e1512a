using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Api;

/// <summary><c>POST /api/v1/partners</c>: partners, contacts and credit limits from the ERP, audited as the key's changes.</summary>
public sealed class PartnersApiTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const string Url = "/api/v1/partners";

    private async Task<HttpClient> ClientAsync(string name, string[]? scopes = null, params string[] regions)
    {
        var key = await app.CreateApiKeyAsync(name, scopes ?? [ApiScopes.PartnersWrite], 1_000, regions);
        return app.CreateApiClient(key.Key);
    }

    private static object Partner(string code, string region = "EAST", string type = "Dealer", string? parent = null, object? credit = null,
        object[]? contacts = null) => new
    {
        code, name = "测试伙伴 " + code, nameEn = "Test partner " + code, type, tier = "Core", regionCode = region, parentCode = parent,
        status = "Active", creditRating = "B", contacts, credit,
    };

    [Fact]
    public async Task Upsert_creates_a_distributor_and_its_dealer_with_contacts_and_credit_and_the_same_payload_again_changes_nothing()
    {
        using var http = await ClientAsync("ERP partners create");
        var payload = new
        {
            items = new[]
            {
                // The dealer comes first: its parent is created by the same request.
                Partner("T-DEALER-1", parent: "T-DIST-1", credit: new { creditLimit = 200_000.00m, mode = "Soft", paymentTermsDays = 45 },
                    contacts: [new { name = "李娜", title = "采购", phone = "13900001111", email = "lina@example.cn", isPrimary = true }]),
                Partner("T-DIST-1", type: "Distributor", credit: new { creditLimit = 1_000_000.00m }),
            },
        };

        var first = await (await http.PostAsJsonAsync(Url, payload)).ReadSummaryAsync();
        var second = await (await http.PostAsJsonAsync(Url, payload)).ReadSummaryAsync();

        Assert.Equal(new ApiResponses.Summary(2, 0, 0), first);
        Assert.Equal(new ApiResponses.Summary(0, 0, 2), second);
        await app.WithSystemContextAsync(async db =>
        {
            var dealer = await db.Partners.Include(p => p.ParentPartner).Include(p => p.Contacts).Include(p => p.Region).SingleAsync(p => p.Code == "T-DEALER-1");
            Assert.Equal(("T-DIST-1", "EAST", PartnerType.Dealer, PartnerTier.Core, CreditRating.B),
                (dealer.ParentPartner!.Code, dealer.Region!.Code, dealer.Type, dealer.Tier, dealer.CreditRating));
            Assert.Equal(("李娜", "lina@example.cn", true), (Assert.Single(dealer.Contacts).Name, dealer.Contacts[0].Email, dealer.Contacts[0].IsPrimary));
            var account = await db.CreditAccounts.SingleAsync(a => a.PartnerId == dealer.Id);
            Assert.Equal((200_000.00m, CreditMode.Soft, 45, 7), (account.CreditLimit, account.Mode, account.PaymentTermsDays, account.GraceDays));
            var audit = await db.AuditEntries.Where(a => a.EntityType == "CreditAccount" && a.EntityKey == account.Id.ToString()).ToListAsync();
            Assert.Equal("api:ERP partners create", Assert.Single(audit).UserName);
            return 0;
        });
    }

    [Fact]
    public async Task A_credit_limit_change_is_audited_as_the_keys_change_with_before_and_after()
    {
        using var http = await ClientAsync("ERP credit");
        var p0003 = await app.PartnerIdAsync("P0003");
        var before = await app.WithSystemContextAsync(db => db.CreditAccounts.SingleAsync(a => a.PartnerId == p0003));
        var item = new
        {
            code = "P0003", name = "测试改名", type = "Store", tier = "Standard", regionCode = "EAST", parentCode = "P0001",
            credit = new { creditLimit = before.CreditLimit + 12_345.67m },
        };

        var summary = await (await http.PostAsJsonAsync(Url, new { items = new[] { item } })).ReadSummaryAsync();

        Assert.Equal(new ApiResponses.Summary(0, 1, 0), summary);
        await app.WithSystemContextAsync(async db =>
        {
            var account = await db.CreditAccounts.SingleAsync(a => a.PartnerId == p0003);
            Assert.Equal(before.CreditLimit + 12_345.67m, account.CreditLimit);
            Assert.Equal((before.Mode, before.PaymentTermsDays, before.GraceDays), (account.Mode, account.PaymentTermsDays, account.GraceDays));
            Assert.Equal(before.Version + 1, account.Version);
            var entry = await db.AuditEntries.Where(a => a.EntityType == "CreditAccount" && a.EntityKey == account.Id.ToString())
                .OrderByDescending(a => a.Id).FirstAsync();
            Assert.Equal(("api:ERP credit", Domain.Auditing.AuditAction.Updated), (entry.UserName, entry.Action));
            Assert.Contains("CreditLimit", entry.Changes);
            Assert.Contains("测试改名", (await db.AuditEntries.Where(a => a.EntityType == "Partner" && a.EntityKey == p0003.ToString() && a.UserName == "api:ERP credit")
                .SingleAsync()).Changes);
            return 0;
        });
    }

    [Fact]
    public async Task A_region_restricted_key_cannot_create_or_change_another_regions_partner_and_nothing_is_saved()
    {
        using var http = await ClientAsync("ERP east only", null, "EAST");
        var p0005Name = await app.WithSystemContextAsync(db => db.Partners.Where(p => p.Code == "P0005").Select(p => p.Name).SingleAsync());
        var items = new[]
        {
            Partner("T-EAST-OK"),
            Partner("T-SOUTH-NEW", region: "SOUTH"),
            Partner("P0005", region: "EAST", type: "Distributor"),
            Partner("T-EAST-MOVE", region: "EAST"),
        };

        var errors = await (await http.PostAsJsonAsync(Url, new { items })).ReadProblemErrorsAsync();

        errors.AssertHas(1, "regionCode", ProblemCodes.OutsideScope);
        errors.AssertHas(2, "code", ProblemCodes.OutsideScope);
        Assert.DoesNotContain(errors, e => e.Index is 0 or 3);
        Assert.False(await app.WithSystemContextAsync(db => db.Partners.AnyAsync(p => p.Code.StartsWith("T-EAST") || p.Code == "T-SOUTH-NEW")));
        Assert.Equal(p0005Name, await app.WithSystemContextAsync(db => db.Partners.Where(p => p.Code == "P0005").Select(p => p.Name).SingleAsync()));

        // Its own region it may change.
        var ok = await (await http.PostAsJsonAsync(Url, new { items = new[] { Partner("T-EAST-OK") } })).ReadSummaryAsync();
        Assert.Equal(new ApiResponses.Summary(1, 0, 0), ok);
    }

    [Fact]
    public async Task Invalid_items_are_all_listed_by_index_and_field_and_nothing_is_saved()
    {
        using var http = await ClientAsync("ERP partners invalid");
        var items = new object[]
        {
            Partner("T-PV-0"),
            Partner("T-PV-1", type: "Wholesaler"),
            Partner("T-PV-2", region: "MARS"),
            Partner("T-PV-3", parent: "P0002"),
            Partner("T-PV-4", contacts: [new { name = "A", email = "not-an-email", isPrimary = true }, new { name = "B", isPrimary = true }]),
            Partner("T-PV-5", credit: new { creditLimit = -1m, mode = "Maybe", paymentTermsDays = 400 }),
            Partner("T-PV-6", type: "Distributor", parent: "P0001"),
            Partner("T-PV-0"),
            new { code = "T-PV-8" },
        };

        var errors = await (await http.PostAsJsonAsync(Url, new { items })).ReadProblemErrorsAsync();

        errors.AssertHas(1, "type", ProblemCodes.NotFound);
        errors.AssertHas(2, "regionCode", ProblemCodes.NotFound);
        errors.AssertHas(3, "parentCode", ProblemCodes.ParentNotDistributor);
        errors.AssertHas(4, "contacts[0].email", ProblemCodes.InvalidEmail);
        errors.AssertHas(4, "contacts", ProblemCodes.OnePrimaryContact);
        errors.AssertHas(5, "credit.creditLimit", ProblemCodes.NegativeAmount);
        errors.AssertHas(5, "credit.mode", ProblemCodes.NotFound);
        errors.AssertHas(5, "credit.paymentTermsDays", ProblemCodes.OutOfRange);
        errors.AssertHas(6, "parentCode", ProblemCodes.DistributorHasParent);
        errors.AssertHas(7, "code", ProblemCodes.Duplicate);
        errors.AssertHas(8, "name", ProblemCodes.Required);
        errors.AssertHas(8, "type", ProblemCodes.Required);
        errors.AssertHas(8, "tier", ProblemCodes.Required);
        errors.AssertHas(8, "regionCode", ProblemCodes.Required);
        Assert.DoesNotContain(errors, e => e.Index == 0);
        Assert.DoesNotContain(errors, e => e.Index == 2 && e.Field == "parentCode");
        Assert.False(await app.WithSystemContextAsync(db => db.Partners.AnyAsync(p => p.Code.StartsWith("T-PV"))));
    }

    [Fact]
    public async Task A_key_without_partners_write_gets_403()
    {
        using var http = await ClientAsync("ERP no partners", [ApiScopes.CatalogWrite, ApiScopes.StockWrite, ApiScopes.OrdersRead]);

        var response = await http.PostAsJsonAsync(Url, new { items = new[] { Partner("T-403") } });

        await response.ReadProblemErrorsAsync(HttpStatusCode.Forbidden);
        Assert.False(await app.WithSystemContextAsync(db => db.Partners.AnyAsync(p => p.Code == "T-403")));
    }

    [Fact]
    public async Task The_same_upsert_sent_four_times_at_once_makes_one_partner_and_one_credit_account()
    {
        using var http = await ClientAsync("ERP partners concurrent");
        var payload = new { items = new[] { Partner("T-RACE-P", credit: new { creditLimit = 50_000m }) } };

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => http.PostAsJsonAsync(Url, payload))));

        var summaries = new List<ApiResponses.Summary>();
        foreach (var response in responses) summaries.Add(await response.ReadSummaryAsync());
        Assert.Equal(1, summaries.Sum(s => s.Created));
        Assert.Equal(3, summaries.Sum(s => s.Unchanged));
        Assert.Equal(1, await app.WithSystemContextAsync(db => db.Partners.CountAsync(p => p.Code == "T-RACE-P")));
        Assert.Equal(1, await app.WithSystemContextAsync(db => db.CreditAccounts.CountAsync(a => a.Partner!.Code == "T-RACE-P")));
    }
}
