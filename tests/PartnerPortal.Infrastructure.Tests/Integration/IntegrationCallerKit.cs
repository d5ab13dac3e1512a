using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Access;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>The integration services as an API key sees them: the Integration role, every region or only some.</summary>
internal static class IntegrationCallerKit
{
    /// <summary>An API key's caller, restricted to the regions with these codes (none: every region).</summary>
    public static async Task<FakeCurrentUserAccessor> ApiKeyAsync(TestDatabase database, params string[] regionCodes)
    {
        var regionIds = new List<int>();
        foreach (var code in regionCodes) regionIds.Add(await database.RegionIdAsync(code));
        return new FakeCurrentUserAccessor { User = new CurrentUser("apikey:1", "api:erp", [PortalRoles.Integration], regionIds) };
    }

    private static PortalDbContextFactory Contexts(TestDatabase database, ICurrentUserAccessor caller) =>
        new(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), caller);

    public static OrderFeedService Feed(TestDatabase database, ICurrentUserAccessor caller) =>
        new(Contexts(database, caller), caller, TimeProvider.System);

    public static ShipmentPostingService ShipmentPosting(TestDatabase database, ICurrentUserAccessor caller) =>
        new(Contexts(database, caller), caller, Support.CommandTestKit.Shipments(database, caller), TimeProvider.System);

    public static PaymentPostingService PaymentPosting(TestDatabase database, ICurrentUserAccessor caller) =>
        new(Contexts(database, caller), caller, Support.CommandTestKit.Payments(database, caller));

    public static RebateExportService RebateExport(TestDatabase database, ICurrentUserAccessor caller) =>
        new(Contexts(database, caller), caller);

    /// <summary>The order's change tokens, oldest first.</summary>
    public static async Task<List<long>> TokensAsync(TestDatabase database, int orderId)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.OrderChanges.Where(c => c.OrderId == orderId).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
    }

    public static async Task<long> LatestTokenAsync(TestDatabase database)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.OrderChanges.MaxAsync(c => (long?)c.Id) ?? 0;
    }

    public static async Task<string> NumberOfAsync(TestDatabase database, int orderId)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.Orders.Where(o => o.Id == orderId).Select(o => o.Number).SingleAsync();
    }
}
