using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Infrastructure.Returns;
using PartnerPortal.Infrastructure.Tests.Support;
using SkiaSharp;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;

namespace PartnerPortal.Infrastructure.Tests.Returns;

/// <summary>Return scenarios: a shipped order of P0001, the return services as one caller sees them, photos drawn on the spot.</summary>
internal static class ReturnTestKit
{
    private static PortalDbContextFactory Contexts(TestDatabase database, ICurrentUserAccessor caller) =>
        new(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), caller);

    public static ReturnRequestService Requests(TestDatabase database, ICurrentUserAccessor caller) =>
        new(Contexts(database, caller), caller, TimeProvider.System, database.Services.GetRequiredService<ReturnPhotoFiles>(),
            database.Services.GetRequiredService<ReturnOptions>());

    public static ReturnDecisionService Decisions(TestDatabase database, ICurrentUserAccessor caller) =>
        new(Contexts(database, caller), caller, TimeProvider.System);

    public static ReturnReceiptService Receipts(TestDatabase database, ICurrentUserAccessor caller) =>
        new(Contexts(database, caller), caller, TimeProvider.System, database.Services.GetRequiredService<Infrastructure.Rebates.RebateRecalculationSignal>());

    public static ReturnQueryService Queries(TestDatabase database, ICurrentUserAccessor caller) => new(Contexts(database, caller), caller);

    /// <summary>
    /// P0001 orders 4 × AC-1001 at 2,803.00 and 2 × REF-2001 at 1,583.12, approved at once, and all of it ships from Shanghai
    /// (invoice 14,378.24). Returns the order and its shipment lines by SKU.
    /// </summary>
    public static async Task<(int OrderId, int AcLine, int FridgeLine)> ShippedOrderAsync(TestDatabase database)
    {
        var orderId = await SubmitAsync(database, "P0001", Infrastructure.Ordering.SubmissionOutcome.Approved, ("AC-1001", 4), ("REF-2001", 2));
        var ac = await ReservationAsync(database, orderId, "AC-1001");
        var fridge = await ReservationAsync(database, orderId, "REF-2001");
        var shipped = await Shipments(database, await CallerAsync(database, DemoUsers.ManagerEast))
            .ShipAsync(orderId, await WarehouseIdAsync(database, "WH-SH"), [(ac.LineId, 4), (fridge.LineId, 2)]);
        Assert.True(shipped.Succeeded);
        await using var db = await database.CreateSystemContextAsync();
        var lines = await db.ShipmentLines.Where(l => l.ShipmentId == shipped.Value).Select(l => new { l.Id, l.OrderLine!.Sku }).ToListAsync();
        return (orderId, lines.Single(l => l.Sku == "AC-1001").Id, lines.Single(l => l.Sku == "REF-2001").Id);
    }

    public static ReturnRequestForm Form(int orderId, params (int ShipmentLineId, int Quantity)[] lines) =>
        new(orderId, ReturnReason.Defective, "compressor noise", lines.Select(l => new RequestedReturnLine(l.ShipmentLineId, l.Quantity)).ToList(), []);

    /// <summary>A real PNG of the given size, drawn with SkiaSharp.</summary>
    public static byte[] Png(int width = 640, int height = 480)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(SKColors.CornflowerBlue);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public static ScanFile Photo(byte[] content, string name = "照片.png") => new(new MemoryStream(content), name, content.Length);

    public static async Task<ReturnRequest> ReturnAsync(TestDatabase database, int id)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.ReturnRequests.AsNoTracking().Include(r => r.Lines).Include(r => r.Events).Include(r => r.Photos)
            .Include(r => r.CreditNote).SingleAsync(r => r.Id == id);
    }

    public static async Task<int> ApprovedReturnAsync(TestDatabase database, int orderId, params (int ShipmentLineId, int Quantity)[] lines)
    {
        var dealer = await CallerAsync(database, DemoUsers.DealerP0001);
        var requested = await Requests(database, dealer).RequestAsync(Form(orderId, lines));
        Assert.True(requested.Succeeded, string.Join(", ", requested.Problems.Select(p => p.Code)));
        Assert.True((await Decisions(database, await CallerAsync(database, DemoUsers.ManagerEast)).ApproveAsync(requested.Value)).Succeeded);
        return requested.Value;
    }

}
