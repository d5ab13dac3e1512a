using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Tests.Support;

/// <summary>Orders written straight into the database for the list filter tests, and services built for one caller.</summary>
internal static class ListFilterTestKit
{
    public static PortalDbContextFactory Contexts(TestDatabase database, ICurrentUserAccessor caller) =>
        new(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), caller);

    /// <summary>An order of the partner in the given status, submitted <paramref name="daysAgo"/> days ago (no lines: the lists do not need them).</summary>
    public static async Task<int> AddOrderAsync(TestDatabase database, string partnerCode, OrderStatus status, int daysAgo)
    {
        await using var db = await database.CreateSystemContextAsync();
        var partnerId = await db.Partners.Where(p => p.Code == partnerCode).Select(p => p.Id).SingleAsync();
        var key = Guid.NewGuid().ToString("N");
        var order = new Order
        {
            Number = $"SO-T-{key[..12]}", PartnerId = partnerId, IdempotencyKey = key, Status = status,
            SubmittedAt = DateTimeOffset.UtcNow.AddDays(-daysAgo), Total = 1_000.00m,
        };
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return order.Id;
    }

    public static async Task<HashSet<string>> PartnerCodesInAsync(TestDatabase database, params string[] regionCodes)
    {
        await using var db = await database.CreateSystemContextAsync();
        return (await db.Partners.Where(p => regionCodes.Contains(p.Region!.Code)).Select(p => p.Code).ToListAsync()).ToHashSet();
    }
}
