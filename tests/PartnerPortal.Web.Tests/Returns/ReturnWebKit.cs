using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Returns;
using PartnerPortal.Web.Tests.Api;
using PartnerPortal.Web.Tests.Support;
using SkiaSharp;

namespace PartnerPortal.Web.Tests.Returns;

/// <summary>Returns arranged in the app's database: an order shipped from Shanghai and a return of part of it, with a photo.</summary>
public static class ReturnWebKit
{
    /// <summary>
    /// P0001's (or another partner's) order of 4 × AC-1001 at list price 3,299.00, shipped whole from WH-SH; a return of
    /// <paramref name="quantity"/> of it, approved when asked, with one PNG photo stored as the upload would store it.
    /// </summary>
    public static async Task<(int Id, string Number, int PhotoId, string OrderNumber)> ShippedReturnAsync(this PortalAppFactory app,
        string partnerCode = "P0001", int quantity = 2, bool approved = true)
    {
        var orderNumber = await app.ApprovedOrderAsync(partnerCode, "AC-1001", 4);
        var files = app.Services.GetRequiredService<ReturnPhotoFiles>();
        var png = Png();
        var stored = (await files.Store.SaveAsync(png, Stream.Null, long.MaxValue))!.Value;
        var thumbnail = (await files.Store.SaveAsync(Png(SKEncodedImageFormat.Jpeg), Stream.Null, long.MaxValue))!.Value;
        return await app.WithSystemContextAsync(async db =>
        {
            var order = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Number == orderNumber);
            var line = order.Lines[0];
            var warehouseId = await db.Warehouses.Where(w => w.Code == "WH-SH").Select(w => w.Id).SingleAsync();
            // Shipped as the Ship action leaves it (stock and invoices are not what these tests look at).
            await db.StockReservations.Where(r => r.OrderLineId == line.Id).ExecuteDeleteAsync();
            var shipmentLine = new ShipmentLine { OrderLineId = line.Id, Quantity = 4, Amount = line.LineTotal };
            db.Shipments.Add(new Shipment
            {
                Number = "SH-T-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(), OrderId = order.Id, PartnerId = order.PartnerId,
                WarehouseId = warehouseId, ShippedOn = DateOnly.FromDateTime(DateTime.Today), ShippedByUserId = "test", Amount = line.LineTotal,
                Lines = [shipmentLine],
            });
            line.ShippedQuantity = 4;
            order.MoveTo(OrderStatus.Shipped, DateTimeOffset.UtcNow, null, "test");
            var account = await db.CreditAccounts.SingleAsync(a => a.PartnerId == order.PartnerId);
            account.ReleaseExposure(order.Total);
            await db.SaveChangesAsync();

            var request = new ReturnRequest
            {
                Number = "RMA-T-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(), PartnerId = order.PartnerId, OrderId = order.Id,
                Reason = ReturnReason.Defective, Note = "noise",
                Lines = [new ReturnLine { OrderLineId = line.Id, ShipmentId = shipmentLine.ShipmentId, ShipmentLineId = shipmentLine.Id,
                    ProductId = line.ProductId, Sku = line.Sku, Quantity = quantity, UnitPrice = line.UnitPrice }],
                Photos = [new ReturnPhoto { PartnerId = order.PartnerId, StoredName = stored.StoredName, ThumbnailStoredName = thumbnail.StoredName,
                    FileName = "机器.png", Type = ScanFileType.Png, Size = stored.Size, UploadedAt = DateTimeOffset.UtcNow }],
            };
            request.Open(DateTimeOffset.UtcNow, null, "dealer");
            if (approved) request.MoveTo(ReturnStatus.Approved, DateTimeOffset.UtcNow, null, "manager");
            db.ReturnRequests.Add(request);
            await db.SaveChangesAsync();
            return (request.Id, request.Number, request.Photos[0].Id, orderNumber);
        });
    }

    public static byte[] Png(SKEncodedImageFormat format = SKEncodedImageFormat.Png)
    {
        using var bitmap = new SKBitmap(40, 30);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(SKColors.OrangeRed);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }
}
