using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnerPortal.Domain.Access;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Ordering;

/// <summary>Arranging order scenarios: dealers for any partner, stock and credit set by hand, one service per caller.</summary>
internal static class OrderingTestKit
{
    /// <summary>A Dealer user of the partner (created when missing), as the signed-in user of the returned accessor.</summary>
    public static async Task<FakeCurrentUserAccessor> DealerOfAsync(TestDatabase database, string partnerCode)
    {
        var email = $"kit.dealer.{partnerCode.ToLowerInvariant()}@example.cn";
        await using var scope = database.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new PortalUser { UserName = email, Email = email, DisplayName = "Kit", PartnerId = await database.PartnerIdAsync(partnerCode) };
            Assert.True((await users.CreateAsync(user, "Kit#2026pw")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, PortalRoles.Dealer)).Succeeded);
        }
        return new FakeCurrentUserAccessor { User = new CurrentUser(user.Id, email, [PortalRoles.Dealer]) };
    }

    /// <summary>The submission service as one caller sees it, independent of the database's signed-in user.</summary>
    public static OrderSubmissionService SubmissionsFor(TestDatabase database, ICurrentUserAccessor caller)
    {
        var factory = database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        return new OrderSubmissionService(new PortalDbContextFactory(factory, caller), caller, TimeProvider.System,
            database.Services.GetRequiredService<IOptions<OrderingOptions>>());
    }

    public static async Task<(int Id, int Available)> ProductAsync(TestDatabase database, string sku)
    {
        await using var db = await database.CreateSystemContextAsync();
        var id = await db.Products.Where(p => p.Sku == sku).Select(p => p.Id).SingleAsync();
        var available = await db.StockLevels.Where(s => s.ProductId == id).SumAsync(s => s.OnHand - s.Reserved);
        return (id, available);
    }

    /// <summary>Leaves exactly <paramref name="units"/> of the product on hand, all in one warehouse.</summary>
    public static async Task SetStockAsync(TestDatabase database, int productId, int units)
    {
        await using var db = await database.CreateSystemContextAsync();
        var levels = await db.StockLevels.Where(s => s.ProductId == productId).OrderBy(s => s.WarehouseId).ToListAsync();
        for (var i = 0; i < levels.Count; i++) (levels[i].OnHand, levels[i].Reserved) = (i == 0 ? units : 0, 0);
        await db.SaveChangesAsync();
    }

    public static async Task SetCreditAsync(TestDatabase database, string partnerCode, Func<Domain.Credit.CreditAccount, decimal> limit)
    {
        await using var db = await database.CreateSystemContextAsync();
        var account = await db.CreditAccounts.SingleAsync(a => a.Partner!.Code == partnerCode);
        account.ChangeSettings(account.Settings with { CreditLimit = limit(account) });
        await db.SaveChangesAsync();
    }

    public static async Task<Domain.Credit.CreditAccount> CreditAsync(TestDatabase database, string partnerCode)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.CreditAccounts.AsNoTracking().SingleAsync(a => a.Partner!.Code == partnerCode);
    }
}
