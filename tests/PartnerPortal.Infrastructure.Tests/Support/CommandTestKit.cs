using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Infrastructure.Inventory;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;

namespace PartnerPortal.Infrastructure.Tests.Support;

/// <summary>The order, credit and stock commands as one caller sees them, and the orders and figures the tests start from.</summary>
internal static class CommandTestKit
{
    /// <summary>A stored user with the roles Identity has for them, as the signed-in user of the returned accessor.</summary>
    public static async Task<FakeCurrentUserAccessor> CallerAsync(TestDatabase database, string email)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        return new FakeCurrentUserAccessor { User = new CurrentUser(user.Id, user.UserName!, (await users.GetRolesAsync(user)).ToArray()) };
    }

    private static PortalDbContextFactory Contexts(TestDatabase database, ICurrentUserAccessor caller) =>
        new(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), caller);

    public static OrderApprovalService Approvals(TestDatabase database, ICurrentUserAccessor caller) =>
        new(Contexts(database, caller), caller, TimeProvider.System);

    public static OrderCancellationService Cancellations(TestDatabase database, ICurrentUserAccessor caller) =>
        new(Contexts(database, caller), caller, TimeProvider.System);

    public static ShipmentService Shipments(TestDatabase database, ICurrentUserAccessor caller) =>
        new(Contexts(database, caller), caller, TimeProvider.System, database.Services.GetRequiredService<PartnerPortal.Infrastructure.Rebates.RebateRecalculationSignal>());

    public static PaymentService Payments(TestDatabase database, ICurrentUserAccessor caller) =>
        new(Contexts(database, caller), caller, TimeProvider.System);

    public static PaymentReversalService Reversals(TestDatabase database, ICurrentUserAccessor caller) =>
        new(Contexts(database, caller), caller, TimeProvider.System);

    public static CreditSettingsService CreditSettings(TestDatabase database, ICurrentUserAccessor caller) =>
        new(Contexts(database, caller), caller);

    public static LowStockService LowStock(TestDatabase database, ICurrentUserAccessor caller) =>
        new(Contexts(database, caller), caller);

    /// <summary>A partner's dealer submits the order; returns its id after checking the outcome the test relies on.</summary>
    public static async Task<int> SubmitAsync(TestDatabase database, string partnerCode, SubmissionOutcome expected,
        params (string Sku, int Quantity)[] lines)
    {
        var dealer = await DealerOfAsync(database, partnerCode);
        var requested = new List<RequestedLine>();
        foreach (var (sku, quantity) in lines) requested.Add(new RequestedLine((await ProductAsync(database, sku)).Id, quantity));
        var result = await SubmissionsFor(database, dealer).SubmitAsync(new OrderRequest(Guid.NewGuid().ToString("N"), requested));
        Assert.Equal(expected, result.Outcome);
        return result.OrderId!.Value;
    }

    public static async Task<Order> OrderAsync(TestDatabase database, int orderId)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.Events).SingleAsync(o => o.Id == orderId);
    }

    /// <summary>The order line of the SKU and the warehouse its stock is reserved in.</summary>
    public static async Task<(int LineId, int WarehouseId, int Reserved)> ReservationAsync(TestDatabase database, int orderId, string sku)
    {
        await using var db = await database.CreateSystemContextAsync();
        var r = await db.StockReservations.Where(r => r.OrderLine!.OrderId == orderId && r.OrderLine.Sku == sku).SingleAsync();
        return (r.OrderLineId, r.WarehouseId, r.Quantity);
    }

    public static async Task<(int OnHand, int Reserved)> StockAsync(TestDatabase database, string sku, string warehouseCode)
    {
        await using var db = await database.CreateSystemContextAsync();
        var level = await db.StockLevels.SingleAsync(s => s.Product!.Sku == sku && s.Warehouse!.Code == warehouseCode);
        return (level.OnHand, level.Reserved);
    }

    public static async Task<int> WarehouseIdAsync(TestDatabase database, string code)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.Warehouses.Where(w => w.Code == code).Select(w => w.Id).SingleAsync();
    }
}
