using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Partners;

public sealed class PartnerServiceTests
{
    private static PartnerDraft NewDraft(int regionId, string code = "P0100") => new(
        code, "宁波新港电器有限公司", "Ningbo Xingang Electric", PartnerType.Dealer, PartnerTier.Standard, PartnerStatus.Active,
        CreditRating.B, regionId, null,
        [
            new ContactDraft("孙强", "总经理", "13900000000", "sun@example.com", true),
            new ContactDraft("钱芳", "采购", "0574-88880000", "qian@example.com", false),
        ]);

    [Fact]
    public async Task List_pages_on_the_server_and_counts_every_match()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);
        var service = database.Get<PartnerService>();

        var first = await service.ListAsync(new PageRequest(Page: 0, PageSize: 5), new PartnerFilter());
        var third = await service.ListAsync(new PageRequest(Page: 2, PageSize: 5), new PartnerFilter());

        Assert.Equal(14, first.TotalCount);
        Assert.Equal(["P0001", "P0002", "P0003", "P0004", "P0005"], first.Items.Select(p => p.Code));
        Assert.Equal(14, third.TotalCount);
        Assert.Equal(["P0011", "P0012", "P0013", "P0014"], third.Items.Select(p => p.Code));
    }

    [Fact]
    public async Task List_searches_chinese_names()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);

        var result = await database.Get<PartnerService>().ListAsync(new PageRequest(Search: " 杭州 "), new PartnerFilter());

        var item = Assert.Single(result.Items);
        Assert.Equal("P0002", item.Code);
        Assert.Equal(1, result.TotalCount);
        Assert.Equal("上海恒通电器贸易有限公司", item.ParentName?.Chinese);
    }

    [Fact]
    public async Task List_filters_and_sorts()
    {
        await using var database = await TestDatabase.CreateAsync();
        var north = await database.RegionIdAsync("NORTH");
        await database.SignInAsync(DemoUsers.Admin);
        var service = database.Get<PartnerService>();

        var inNorth = await service.ListAsync(new PageRequest(Descending: true), new PartnerFilter(RegionId: north));
        var distributors = await service.ListAsync(new PageRequest(), new PartnerFilter(Type: PartnerType.Distributor));

        Assert.Equal(["P0011", "P0010", "P0009"], inNorth.Items.Select(p => p.Code));
        Assert.Equal(["P0001", "P0005", "P0009", "P0012"], distributors.Items.Select(p => p.Code));
    }

    [Fact]
    public async Task List_of_a_channel_manager_counts_only_their_partners()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.ManagerEast);

        var result = await database.Get<PartnerService>().ListAsync(new PageRequest(PageSize: 5), new PartnerFilter());

        Assert.Equal(8, result.TotalCount);
        Assert.Equal(5, result.Items.Count);
    }

    [Fact]
    public async Task Get_returns_a_dealers_own_partner_but_null_for_any_other()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p1 = await database.PartnerIdAsync("P0001");
        var p2 = await database.PartnerIdAsync("P0002");
        await database.SignInAsync(DemoUsers.DealerP0001);
        var service = database.Get<PartnerService>();

        var own = await service.GetAsync(p1);
        var other = await service.GetAsync(p2);

        Assert.NotNull(own);
        Assert.Equal("P0001", own.Code);
        Assert.Equal(2, own.Contacts.Count);
        Assert.True(own.Contacts[0].IsPrimary);
        Assert.Empty(own.SubPartners); // P0002..P0004 are outside the dealer's scope
        Assert.Null(other);
        Assert.Equal(p1, await service.GetOwnPartnerIdAsync());
    }

    [Fact]
    public async Task Get_keeps_a_parent_outside_the_scope_unnamed()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p1 = await database.PartnerIdAsync("P0001");
        var p2 = await database.PartnerIdAsync("P0002");
        await database.SignInAsync(DemoUsers.DealerP0002);

        var details = await database.Get<PartnerService>().GetAsync(p2);

        Assert.NotNull(details);
        Assert.Equal(p1, details.ParentPartnerId);
        Assert.Null(details.ParentCode);
        Assert.Null(details.ParentName);
    }

    [Fact]
    public async Task Save_as_admin_creates_a_partner_with_its_contacts()
    {
        await using var database = await TestDatabase.CreateAsync();
        var east = await database.RegionIdAsync("EAST");
        await database.SignInAsync(DemoUsers.Admin);
        var service = database.Get<PartnerService>();

        var outcome = await service.SaveAsync(null, NewDraft(east, code: " p0100 "));

        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Problems));
        Assert.True(outcome.Value > 0);
        var details = await service.GetAsync(outcome.Value);
        Assert.NotNull(details);
        Assert.Equal("P0100", details.Code); // trimmed and upper-cased
        Assert.Equal(["孙强", "钱芳"], details.Contacts.Select(c => c.Name));
        await using var check = await database.CreateSystemContextAsync();
        Assert.Equal(2, await check.PartnerContacts.CountAsync(c => c.PartnerId == outcome.Value));
    }

    [Fact]
    public async Task Save_as_admin_updates_a_partner_and_replaces_its_contacts()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p1 = await database.PartnerIdAsync("P0001");
        await database.SignInAsync(DemoUsers.Admin);
        var service = database.Get<PartnerService>();
        var draft = await service.GetDraftAsync(p1);
        Assert.NotNull(draft);
        Assert.Equal(2, draft.Contacts.Count);

        var outcome = await service.SaveAsync(p1, draft with
        {
            Tier = PartnerTier.Core,
            Contacts = [draft.Contacts.Single(c => c.IsPrimary) with { Title = "董事长" }],
        });

        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Problems));
        var saved = await service.GetDraftAsync(p1);
        Assert.Equal(PartnerTier.Core, saved!.Tier);
        Assert.Equal("董事长", Assert.Single(saved.Contacts).Title);
        await using var check = await database.CreateSystemContextAsync();
        Assert.Equal(1, await check.PartnerContacts.CountAsync(c => c.PartnerId == p1));
    }

    [Fact]
    public async Task Save_refuses_a_duplicate_code()
    {
        await using var database = await TestDatabase.CreateAsync();
        var east = await database.RegionIdAsync("EAST");
        await database.SignInAsync(DemoUsers.Admin);

        var outcome = await database.Get<PartnerService>().SaveAsync(null, NewDraft(east, code: "p0001"));

        Assert.False(outcome.Succeeded);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(ProblemCodes.Duplicate, problem.Code);
        Assert.Equal("Problem.Duplicate", problem.Code);
        Assert.Equal(nameof(PartnerDraft.Code), problem.Field);
        await using var check = await database.CreateSystemContextAsync();
        Assert.Equal(14, await check.Partners.CountAsync());
    }

    [Fact]
    public async Task Save_refuses_a_parent_that_is_not_a_distributor_of_the_region()
    {
        await using var database = await TestDatabase.CreateAsync();
        var east = await database.RegionIdAsync("EAST");
        var dealer = await database.PartnerIdAsync("P0002");
        var southDistributor = await database.PartnerIdAsync("P0005");
        await database.SignInAsync(DemoUsers.Admin);
        var service = database.Get<PartnerService>();

        var underDealer = await service.SaveAsync(null, NewDraft(east) with { ParentPartnerId = dealer });
        var otherRegion = await service.SaveAsync(null, NewDraft(east) with { ParentPartnerId = southDistributor });

        Assert.Equal([ProblemCodes.ParentNotDistributor], underDealer.Problems.Select(p => p.Code));
        Assert.Equal([ProblemCodes.ParentOtherRegion], otherRegion.Problems.Select(p => p.Code));
    }

    [Theory]
    [InlineData(DemoUsers.DealerP0001)]
    [InlineData(DemoUsers.ManagerEast)]
    public async Task Save_by_anyone_but_an_admin_is_refused(string email)
    {
        await using var database = await TestDatabase.CreateAsync();
        var east = await database.RegionIdAsync("EAST");
        var p1 = await database.PartnerIdAsync("P0001");
        await database.SignInAsync(email);
        var service = database.Get<PartnerService>();

        await Assert.ThrowsAsync<ScopeViolationException>(() => service.SaveAsync(null, NewDraft(east)));
        await Assert.ThrowsAsync<ScopeViolationException>(() => service.SaveAsync(p1, NewDraft(east, "P0001")));
        await Assert.ThrowsAsync<ScopeViolationException>(() => service.GetDraftAsync(p1));

        await using var check = await database.CreateSystemContextAsync();
        Assert.Equal(14, await check.Partners.CountAsync());
        Assert.Equal("上海恒通电器贸易有限公司", (await check.Partners.SingleAsync(p => p.Id == p1)).Name);
    }
}
