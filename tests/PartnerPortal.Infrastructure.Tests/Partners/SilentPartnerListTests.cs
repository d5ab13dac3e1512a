using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.ListFilterTestKit;

namespace PartnerPortal.Infrastructure.Tests.Partners;

/// <summary>
/// The partner list's "silent for N days" filter, which the dashboards link to: active partners without a non-draft order
/// submitted since the start of the day N days ago (<see cref="SilentPartners"/>).
/// </summary>
public sealed class SilentPartnerListTests
{
    private static readonly PageRequest All = new(PageSize: PageRequest.MaxPageSize);

    /// <summary>P0001 ordered lately; P0002 long ago; P0003 only a recent draft; P0005 a recent cancelled order; P0009 lately.</summary>
    private static async Task ArrangeAsync(TestDatabase database)
    {
        await AddOrderAsync(database, "P0001", OrderStatus.Approved, daysAgo: 10);
        await AddOrderAsync(database, "P0001", OrderStatus.Completed, daysAgo: 100);
        await AddOrderAsync(database, "P0002", OrderStatus.Completed, daysAgo: 90);
        await AddOrderAsync(database, "P0003", OrderStatus.Draft, daysAgo: 1);
        await AddOrderAsync(database, "P0005", OrderStatus.Cancelled, daysAgo: 5);
        await AddOrderAsync(database, "P0009", OrderStatus.Submitted, daysAgo: 59);
    }

    /// <summary>The rule worked out in memory over every partner and order.</summary>
    private static async Task<List<string>> SilentByHandAsync(TestDatabase database, int days, IReadOnlySet<string>? within = null)
    {
        var since = SilentPartners.Since(TimeProvider.System, days);
        await using var db = await database.CreateSystemContextAsync();
        var partners = await db.Partners.AsNoTracking().Select(p => new { p.Id, p.Code, p.Status }).ToListAsync();
        var orders = await db.Orders.AsNoTracking().Select(o => new { o.PartnerId, o.Status, o.SubmittedAt }).ToListAsync();
        return partners
            .Where(p => p.Status == PartnerStatus.Active && (within is null || within.Contains(p.Code)))
            .Where(p => !orders.Any(o => o.PartnerId == p.Id && o.Status != OrderStatus.Draft && o.SubmittedAt >= since))
            .Select(p => p.Code).Order().ToList();
    }

    [Fact]
    public async Task Silent_partners_are_the_active_ones_without_an_order_since_the_date()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ArrangeAsync(database);
        var expected = await SilentByHandAsync(database, 60);

        await database.SignInAsync(DemoUsers.Admin);
        var listed = await database.Get<PartnerService>().ListAsync(All, new PartnerFilter(SilentDays: 60));

        Assert.Equal(expected, listed.Items.Select(p => p.Code));
        Assert.Equal(expected.Count, listed.TotalCount);
        // Spelled out: a draft does not break the silence, a cancelled order does; P0007 is suspended.
        Assert.Contains("P0002", expected);
        Assert.Contains("P0003", expected);
        Assert.DoesNotContain("P0001", expected);
        Assert.DoesNotContain("P0005", expected);
        Assert.DoesNotContain("P0009", expected);
        Assert.DoesNotContain("P0007", expected);
    }

    [Fact]
    public async Task A_manager_sees_only_the_silent_partners_of_their_regions()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ArrangeAsync(database);
        var own = await PartnerCodesInAsync(database, "EAST", "SOUTH");
        var expected = await SilentByHandAsync(database, 60, own);

        await database.SignInAsync(DemoUsers.ManagerEast);
        var listed = await database.Get<PartnerService>().ListAsync(All, new PartnerFilter(SilentDays: 60));

        Assert.Equal(expected, listed.Items.Select(p => p.Code));
        Assert.All(listed.Items, p => Assert.Contains(p.Code, own));
    }

    [Fact]
    public async Task A_shorter_silence_and_a_tier_and_region_narrow_the_list()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ArrangeAsync(database);
        var north = await database.RegionIdAsync("NORTH");
        await database.SignInAsync(DemoUsers.Admin);
        var service = database.Get<PartnerService>();

        // P0009 ordered 59 days ago: silent for 30 days, not for 60.
        var thirty = await service.ListAsync(All, new PartnerFilter(SilentDays: 30));
        var strategicNorth = await service.ListAsync(All, new PartnerFilter(RegionId: north, SilentDays: 30, Tier: PartnerTier.Strategic));
        var strategic = await service.ListAsync(All, new PartnerFilter(Tier: PartnerTier.Strategic));

        Assert.Equal(await SilentByHandAsync(database, 30), thirty.Items.Select(p => p.Code));
        Assert.Contains("P0009", thirty.Items.Select(p => p.Code));
        Assert.Equal(["P0009"], strategicNorth.Items.Select(p => p.Code));
        Assert.Equal(["P0001", "P0005", "P0009"], strategic.Items.Select(p => p.Code));
    }

    [Fact]
    public async Task The_list_shows_each_partners_last_order_leaving_drafts_aside()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ArrangeAsync(database);
        await database.SignInAsync(DemoUsers.Admin);

        var listed = (await database.Get<PartnerService>().ListAsync(All, new PartnerFilter())).Items.ToDictionary(p => p.Code);

        await using var db = await database.CreateSystemContextAsync();
        var p1 = await db.Orders.Where(o => o.Partner!.Code == "P0001").Select(o => o.SubmittedAt).ToListAsync();
        Assert.Equal(p1.Max(), listed["P0001"].LastOrderAt);
        Assert.Null(listed["P0003"].LastOrderAt);
        Assert.Null(listed["P0004"].LastOrderAt);
    }
}
