using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Returns;

/// <summary>
/// A dealer's side of returns: which shipped lines of one of its orders may come back, asking for a return of them with
/// a reason, a note and photos, and cancelling it while nobody has decided on it. Another partner's order or return is
/// not found, whatever id is sent: the context's scope filters it out.
/// </summary>
public sealed class ReturnRequestService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock,
    ReturnPhotoFiles files, ReturnOptions options)
{
    /// <summary>The order's shipped lines with what may still be returned of each; empty when the order is not the caller's to see.</summary>
    public async Task<IReadOnlyList<ReturnableShipmentLine>> ReturnableAsync(int orderId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!user.IsAuthenticated) return [];
        await using var db = await contexts.CreateAsync(ct);
        return (await ReturnableLines.LoadAsync(db, orderId, ct)).Select(l => l.View).ToList();
    }

    /// <summary>
    /// Asks for a return (RMA-yyyyMM-nnnnn) of shipped lines of one of the caller's orders. The photos are stored first;
    /// the return is saved after them in one transaction that checks the returnable quantities again, so two requests at
    /// once never return more than shipped. A failed save deletes the photos: no row names a missing file, no file is
    /// left without a row.
    /// </summary>
    /// <returns>The new return's id.</returns>
    /// <exception cref="ScopeViolationException">The caller is not a dealer.</exception>
    public async Task<Outcome<int>> RequestAsync(ReturnRequestForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await currentUser.GetAsync(ct);
        RoleGuard.Require(user, PortalRoles.Dealer);
        var problems = new List<Problem>();
        if (form.Reason is not { } reason || !Enum.IsDefined(reason)) problems.Add(new Problem(ProblemCodes.Required, "Reason"));
        await using (var db = await contexts.CreateAsync(ct))
        {
            if (!await ShippedOrderAsync(db, form.OrderId, ct)) return Outcome<int>.Failed(ProblemCodes.NotFound, "Order");
            var lines = await ReturnableLines.LoadAsync(db, form.OrderId, ct);
            problems.AddRange(ReturnRules.CheckRequest(lines.Select(l => l.Rule).ToList(), form.Lines, form.Note, form.Photos.Count));
        }
        var uploads = await ReturnPhotoUpload.ReadAsync(form.Photos, options.PhotoMaxBytes, problems, ct);
        if (problems.Count > 0) return Outcome<int>.Failed(problems);

        var now = clock.GetUtcNow();
        var photos = new List<ReturnPhoto>();
        var saved = false;
        try
        {
            foreach (var upload in uploads)
            {
                var (photo, problem) = await upload.StoreAsync(files, options.PhotoMaxBytes, now, ct);
                if (problem is not null) return Outcome<int>.Failed([problem]);
                photos.Add(photo!);
            }
            var outcome = await CommandSupport.RetryAsync(() => TryRequestAsync(form, photos, user, now, ct), ct);
            saved = outcome.Succeeded;
            return outcome;
        }
        finally
        {
            if (!saved)
                foreach (var photo in photos)
                {
                    files.Store.Delete(photo.StoredName);
                    files.Store.Delete(photo.ThumbnailStoredName);
                }
        }
    }

    private async Task<Outcome<int>> TryRequestAsync(ReturnRequestForm form, List<ReturnPhoto> photos, CurrentUser user, DateTimeOffset now,
        CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == form.OrderId).Select(o => new { o.Id, o.PartnerId }).FirstOrDefaultAsync(ct);
        if (order is null) return Outcome<int>.Failed(ProblemCodes.NotFound, "Order");
        var lines = await ReturnableLines.LoadAsync(db, form.OrderId, ct);
        var problems = ReturnRules.CheckRequest(lines.Select(l => l.Rule).ToList(), form.Lines, form.Note, photos.Count);
        if (problems.Count > 0) return Outcome<int>.Failed(problems);

        var request = new ReturnRequest
        {
            Number = await CommandSupport.NextNumberAsync(db.ReturnRequests.IgnoreQueryFilters().Select(r => r.Number), "RMA",
                CommandSupport.Today(clock), ct),
            PartnerId = order.PartnerId, OrderId = order.Id, Reason = form.Reason!.Value, Note = form.Note?.Trim() ?? "",
        };
        foreach (var group in form.Lines.GroupBy(l => l.ShipmentLineId))
        {
            var line = lines.Single(l => l.View.ShipmentLineId == group.Key);
            request.Lines.Add(new ReturnLine
            {
                OrderLineId = line.View.OrderLineId, ShipmentId = line.ShipmentId, ShipmentLineId = line.View.ShipmentLineId,
                ProductId = line.ProductId, Sku = line.View.Sku, Quantity = group.Sum(l => l.Quantity), UnitPrice = line.View.UnitPrice,
            });
        }
        // A retry builds the rows afresh: the photos stored once are named again, never stored twice.
        foreach (var photo in photos)
            request.Photos.Add(new ReturnPhoto
            {
                PartnerId = order.PartnerId, StoredName = photo.StoredName, ThumbnailStoredName = photo.ThumbnailStoredName,
                FileName = photo.FileName, Type = photo.Type, Size = photo.Size, UploadedAt = photo.UploadedAt,
            });
        request.Open(now, user.UserId, user.UserName);
        db.ReturnRequests.Add(request);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome<int>.Success(request.Id);
    }

    /// <summary>Cancels the caller's own return while it is still Requested.</summary>
    /// <exception cref="ScopeViolationException">The caller is not a dealer.</exception>
    public async Task<Outcome> CancelAsync(int returnId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        RoleGuard.Require(user, PortalRoles.Dealer);
        return await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            var request = await db.ReturnRequests.FirstOrDefaultAsync(r => r.Id == returnId, ct);
            if (request is null) return Outcome.Failed(ProblemCodes.NotFound, "Return");
            if (!ReturnTransitions.CanMove(request.Status, ReturnStatus.Cancelled))
                return Outcome.Failed(ProblemCodes.WrongReturnStatus, "Return", request.Status.ToString());
            request.MoveTo(ReturnStatus.Cancelled, clock.GetUtcNow(), user.UserId, user.UserName);
            await db.SaveChangesAsync(ct);
            return Outcome.Success;
        }, ct);
    }

    /// <summary>Only what shipped can come back: an order the caller sees that has at least one shipment.</summary>
    private static Task<bool> ShippedOrderAsync(Infrastructure.Data.PortalDbContext db, int orderId, CancellationToken ct) =>
        db.Orders.AnyAsync(o => o.Id == orderId && (o.Status == OrderStatus.PartiallyShipped || o.Status == OrderStatus.Shipped
            || o.Status == OrderStatus.Completed), ct);
}
