using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Catalog;
using PartnerPortal.Domain.Catalog.Admin;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Catalog.Admin;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Catalog.Admin.CatalogAdminTestKit;

namespace PartnerPortal.Infrastructure.Tests.Catalog.Admin;

public sealed class TierPricingServiceTests
{
    [Fact]
    public async Task Discounts_are_listed_in_tier_order()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);

        var discounts = await Pricing(database).ListDiscountsAsync();

        Assert.Equal(
            [new TierDiscountRow(PartnerTier.Strategic, 12.00m, true), new TierDiscountRow(PartnerTier.Core, 8.00m, true),
             new TierDiscountRow(PartnerTier.Standard, 3.00m, true)],
            discounts);
    }

    [Fact]
    public async Task Saving_discounts_changes_them_and_the_audit_log_records_old_and_new()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);
        var service = Pricing(database);
        var lastAudit = await LastAuditIdAsync(database);

        var outcome = await service.SaveDiscountsAsync(
        [
            new TierDiscountDraft(PartnerTier.Strategic, 12.00m), // unchanged
            new TierDiscountDraft(PartnerTier.Core, 8.50m),
            new TierDiscountDraft(PartnerTier.Standard, 0m),
        ]);

        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Problems));
        Assert.Equal([12.00m, 8.50m, 0m], (await service.ListDiscountsAsync()).Select(d => d.DiscountPercent));
        var entries = (await AuditEntriesAfterAsync(database, lastAudit, nameof(TierDiscount))).OrderBy(e => e.EntityKey, StringComparer.Ordinal).ToList();
        Assert.Equal(["Core", "Standard"], entries.Select(e => e.EntityKey));
        Assert.All(entries, e => Assert.Equal(AuditAction.Updated, e.Action));
        var (oldCore, newCore) = Change(entries[0], nameof(TierDiscount.DiscountPercent));
        Assert.Equal((8.00m, 8.50m), (oldCore!.Value.GetDecimal(), newCore!.Value.GetDecimal()));
        var (oldStandard, newStandard) = Change(entries[1], nameof(TierDiscount.DiscountPercent));
        Assert.Equal((3.00m, 0m), (oldStandard!.Value.GetDecimal(), newStandard!.Value.GetDecimal()));
    }

    [Fact]
    public async Task Discounts_of_0_and_100_are_the_bounds_and_are_accepted()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);
        var service = Pricing(database);

        var outcome = await service.SaveDiscountsAsync([new TierDiscountDraft(PartnerTier.Strategic, 100m), new TierDiscountDraft(PartnerTier.Core, 0m)]);

        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Problems));
        Assert.Equal([100m, 0m, 3.00m], (await service.ListDiscountsAsync()).Select(d => d.DiscountPercent));
    }

    [Fact]
    public async Task A_discount_above_100_or_with_three_decimals_is_refused_and_no_tier_changes()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);
        var service = Pricing(database);

        var outcome = await service.SaveDiscountsAsync(
        [
            new TierDiscountDraft(PartnerTier.Strategic, 100.01m),
            new TierDiscountDraft(PartnerTier.Core, 8.125m),
            new TierDiscountDraft(PartnerTier.Standard, 5m), // valid, but not saved alone
        ]);

        Assert.Equal([(ProblemCodes.OutOfRange, "StrategicDiscount"), (ProblemCodes.TooManyDecimals, "CoreDiscount")],
            outcome.Problems.Select(p => (p.Code, p.Field)));
        Assert.Equal([0m, 100m], outcome.Problems[0].Args);
        Assert.Equal([12.00m, 8.00m, 3.00m], (await service.ListDiscountsAsync()).Select(d => d.DiscountPercent));
    }

    [Fact]
    public async Task Explicit_prices_are_listed_by_sku_and_tier_and_searched()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);
        var service = Pricing(database);

        var all = await service.ListPricesAsync(new PageRequest(PageSize: 100));
        var ac1001 = await service.ListPricesAsync(new PageRequest(Search: "AC-1001"));

        Assert.Equal(16, all.TotalCount);
        Assert.Equal(
            [(PartnerTier.Strategic, 3299.00m, 2803.00m), (PartnerTier.Core, 3299.00m, 2968.00m)],
            ac1001.Items.Select(p => (p.Tier, p.ListPrice, p.Price)));
    }

    [Fact]
    public async Task An_explicit_price_is_added_then_changed_then_removed_and_each_step_is_audited()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ac1001 = await ProductIdAsync(database, "AC-1001");
        await database.SignInAsync(DemoUsers.Admin);
        var service = Pricing(database);
        var lastAudit = await LastAuditIdAsync(database);

        var added = await service.SavePriceAsync(new TierPriceDraft(PartnerTier.Standard, ac1001, 3150.00m));
        var afterAdd = await PriceAsync(database, PartnerTier.Standard, ac1001);
        var changed = await service.SavePriceAsync(new TierPriceDraft(PartnerTier.Standard, ac1001, 3120.50m));
        var afterChange = await PriceAsync(database, PartnerTier.Standard, ac1001);
        var removed = await service.RemovePriceAsync(PartnerTier.Standard, ac1001);

        Assert.True(added.Succeeded && changed.Succeeded && removed.Succeeded);
        Assert.Equal(3150.00m, afterAdd);
        Assert.Equal(3120.50m, afterChange);
        Assert.Null(await PriceAsync(database, PartnerTier.Standard, ac1001));
        Assert.Equal(2968.00m, await PriceAsync(database, PartnerTier.Core, ac1001)); // the other tiers keep theirs

        var entries = await AuditEntriesAfterAsync(database, lastAudit, nameof(TierPrice));
        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Deleted], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal($"Standard/{ac1001}", e.EntityKey));
        Assert.Equal(3150.00m, Change(entries[0], nameof(TierPrice.Price)).New!.Value.GetDecimal());
        Assert.Equal((3150.00m, 3120.50m),
            (Change(entries[1], nameof(TierPrice.Price)).Old!.Value.GetDecimal(), Change(entries[1], nameof(TierPrice.Price)).New!.Value.GetDecimal()));
        Assert.Equal(3120.50m, Change(entries[2], nameof(TierPrice.Price)).Old!.Value.GetDecimal());
    }

    [Fact]
    public async Task A_negative_price_or_an_unknown_product_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ac1001 = await ProductIdAsync(database, "AC-1001");
        await database.SignInAsync(DemoUsers.Admin);
        var service = Pricing(database);

        var negative = await service.SavePriceAsync(new TierPriceDraft(PartnerTier.Core, ac1001, -1m));
        var unknown = await service.SavePriceAsync(new TierPriceDraft(PartnerTier.Core, 99_999, 10m));

        Assert.Equal([(ProblemCodes.NegativeAmount, "Price")], negative.Problems.Select(p => (p.Code, p.Field)));
        Assert.Equal([(ProblemCodes.NotFound, "ProductId")], unknown.Problems.Select(p => (p.Code, p.Field)));
        Assert.Equal(2968.00m, await PriceAsync(database, PartnerTier.Core, ac1001));
    }

    [Fact]
    public async Task Removing_a_price_that_does_not_exist_is_not_found()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ac1002 = await ProductIdAsync(database, "AC-1002");
        await database.SignInAsync(DemoUsers.Admin);

        var outcome = await Pricing(database).RemovePriceAsync(PartnerTier.Strategic, ac1002);

        Assert.Equal([ProblemCodes.NotFound], outcome.Problems.Select(p => p.Code));
    }

    private static async Task<decimal?> PriceAsync(TestDatabase database, PartnerTier tier, int productId)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.TierPrices.Where(t => t.Tier == tier && t.ProductId == productId).Select(t => (decimal?)t.Price).SingleOrDefaultAsync();
    }
}
