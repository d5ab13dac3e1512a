using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Inventory;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Rebates;

namespace PartnerPortal.Infrastructure.Returns;

/// <summary>
/// The warehouse counts an approved return in, line by line, and says what becomes of each line: restocked lines raise
/// on hand in the receiving warehouse (with a stock movement naming the return), scrapped lines add no stock. In the same
/// transaction the ledger grants the credit note for what was received, at the prices frozen on the order lines, and the
/// return moves to Received and then Credited. Two receipts of the same return at once make one credit note: the
/// return's version lets one save win, and the other, retried, finds the return no longer Approved.
/// </summary>
public sealed class ReturnReceiptService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock,
    RebateRecalculationSignal rebates)
{
    /// <summary>
    /// A receipt entered in the portal by brand staff, with the warehouse's reference of it when there is one (once per
    /// reference, as for the warehouse system: posting it again finds the receipt made).
    /// </summary>
    /// <exception cref="ScopeViolationException">The caller is not brand staff.</exception>
    public async Task<Outcome<ReceiptPosting>> ReceiveAsync(int returnId, int warehouseId, IReadOnlyList<ReceivedReturnLine> lines,
        string? reference = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var user = await currentUser.GetAsync(ct);
        CommandSupport.RequireBrandStaff(user);
        reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        var problems = new List<Problem>();
        TextRules.Optional(problems, "Reference", reference, ReturnRequest.ReceiptReferenceMaxLength);
        if (problems.Count > 0) return Outcome<ReceiptPosting>.Failed(problems);
        return Signalled(await CommandSupport.RetryAsync(
            () => TryReceiveAsync(db => db.ReturnRequests.Include(r => r.Lines).FirstOrDefaultAsync(r => r.Id == returnId, ct), warehouseId, lines,
                reference, user, ct), ct));
    }

    /// <summary>The warehouses a receipt may restock into.</summary>
    /// <exception cref="ScopeViolationException">The caller is not brand staff.</exception>
    public async Task<IReadOnlyList<Ordering.WarehouseOption>> WarehousesAsync(CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        return await db.Warehouses.AsNoTracking().OrderBy(w => w.Code)
            .Select(w => new Ordering.WarehouseOption(w.Id, w.Code, w.Name, w.NameEn)).ToListAsync(ct);
    }

    /// <summary>
    /// A receipt the warehouse system reports, once per <paramref name="reference"/>: the same reference again (a retry, also
    /// several at once) returns the receipt it made with <see cref="ReceiptPosting.Created"/> false; a reference used for
    /// another return fails with <see cref="ProblemCodes.ReferenceInUse"/>. Lines name the return's SKUs; a SKU on two lines
    /// of the return (shipped twice) is ambiguous and refused.
    /// </summary>
    public async Task<Outcome<ReceiptPosting>> ReceiveExternalAsync(string number, string warehouseCode,
        IReadOnlyList<(string Sku, int Quantity, ReturnDisposition Disposition)> lines, string reference, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        var user = await currentUser.GetAsync(ct);
        CommandSupport.RequireBrandStaffOrIntegration(user);
        number = TextRules.NormalizeCode(number);
        warehouseCode = TextRules.NormalizeCode(warehouseCode);
        int warehouseId;
        List<ReceivedReturnLine> received;
        await using (var db = await contexts.CreateAsync(ct))
        {
            var request = await db.ReturnRequests.AsNoTracking().Include(r => r.Lines).FirstOrDefaultAsync(r => r.Number == number, ct);
            if (request is null) return Outcome<ReceiptPosting>.Failed(ProblemCodes.NotFound, "number");
            warehouseId = await db.Warehouses.Where(w => w.Code == warehouseCode).Select(w => w.Id).FirstOrDefaultAsync(ct);
            var problems = new List<Problem>();
            if (warehouseId == 0) problems.Add(new Problem(ProblemCodes.NotFound, "warehouse"));
            received = [];
            foreach (var line in lines)
            {
                var sku = TextRules.NormalizeCode(line.Sku);
                var matches = request.Lines.Where(l => l.Sku == sku).ToList();
                if (matches.Count == 1) received.Add(new ReceivedReturnLine(matches[0].Id, line.Quantity, line.Disposition));
                else problems.Add(new Problem(matches.Count == 0 ? ProblemCodes.NotFound : ProblemCodes.Duplicate, "sku", sku));
            }
            if (problems.Count > 0) return Outcome<ReceiptPosting>.Failed(problems);
        }
        return Signalled(await CommandSupport.RetryAsync(
            () => TryReceiveAsync(db => db.ReturnRequests.Include(r => r.Lines).FirstOrDefaultAsync(r => r.Number == number, ct), warehouseId,
                received, reference, user, ct), ct));
    }

    /// <summary>Goods received back lower the rebate basis of the period they shipped in: the open accruals are recomputed soon.</summary>
    private Outcome<ReceiptPosting> Signalled(Outcome<ReceiptPosting> outcome)
    {
        if (outcome is { Succeeded: true, Value.Created: true }) rebates.Request();
        return outcome;
    }

    private async Task<Outcome<ReceiptPosting>> TryReceiveAsync(Func<PortalDbContext, Task<ReturnRequest?>> find, int warehouseId,
        IReadOnlyList<ReceivedReturnLine> lines, string? reference, CurrentUser user, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (reference is not null)
        {
            // References are unique across all partners: the lookup reads past the scope, and only says whose it is.
            var existing = await db.ReturnRequests.IgnoreQueryFilters().Where(r => r.ReceiptReference == reference)
                .Select(r => new { r.Id, r.Number }).FirstOrDefaultAsync(ct);
            if (existing is not null)
            {
                var mine = await find(db);
                return mine?.Id == existing.Id
                    ? Outcome<ReceiptPosting>.Success(new ReceiptPosting(existing.Id, existing.Number, Created: false))
                    : Outcome<ReceiptPosting>.Failed(ProblemCodes.ReferenceInUse, "reference");
            }
        }
        var request = await find(db);
        if (request is null) return Outcome<ReceiptPosting>.Failed(ProblemCodes.NotFound, "Return");
        if (request.Status != ReturnStatus.Approved)
            return Outcome<ReceiptPosting>.Failed(ProblemCodes.WrongReturnStatus, "Return", request.Status.ToString());
        var problems = ReturnRules.CheckReceipt(request.Lines.Select(l => new ApprovedReturnLine(l.Id, l.Sku, l.Quantity)).ToList(), lines).ToList();
        if (!await db.Warehouses.AnyAsync(w => w.Id == warehouseId, ct)) problems.Add(new Problem(ProblemCodes.NotFound, "Warehouse"));
        if (problems.Count > 0) return Outcome<ReceiptPosting>.Failed(problems);
        var ledger = new Ledger(db, clock);
        var account = await ledger.AccountAsync(request.PartnerId, ct);
        if (account is null) return Outcome<ReceiptPosting>.Failed(ProblemCodes.NoCreditAccount);

        var now = clock.GetUtcNow();
        foreach (var line in request.Lines)
        {
            var given = lines.FirstOrDefault(l => l.ReturnLineId == line.Id);
            line.ReceivedQuantity = given?.Quantity ?? 0;
            line.Disposition = given?.Disposition;
            if (line.ReceivedQuantity > 0 && line.Disposition == ReturnDisposition.Restock)
                await RestockAsync(db, warehouseId, line, request.Number, user, now, ct);
        }
        var credit = ReturnRules.Credit(request.Lines.Select(l => new CreditedReturnLine(l.ReceivedQuantity!.Value, l.UnitPrice)).ToList());
        for (var i = 0; i < request.Lines.Count; i++) request.Lines[i].CreditAmount = credit.LineAmounts[i];
        request.WarehouseId = warehouseId;
        request.ReceiptReference = reference;
        request.ReceivedAt = now;
        request.MoveTo(ReturnStatus.Received, now, user.UserId, user.UserName);
        // Nothing came back (all lines counted as 0): received, and nothing to credit.
        if (credit.Total > 0)
        {
            var orderNumber = await db.Orders.Where(o => o.Id == request.OrderId).Select(o => o.Number).FirstAsync(ct);
            var note = await ledger.GrantCreditNoteAsync(account, credit.Total, CommandSupport.Today(clock), $"{request.Number} {orderNumber}", ct);
            request.CreditNote = note;
            request.MoveTo(ReturnStatus.Credited, now, user.UserId, user.UserName, note.Number);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome<ReceiptPosting>.Success(new ReceiptPosting(request.Id, request.Number, Created: true));
    }

    /// <summary>On hand rises by the received quantity (a product never stocked there gets its row), recorded as a stock movement.</summary>
    internal static async Task RestockAsync(PortalDbContext db, int warehouseId, ReturnLine line, string number, CurrentUser user,
        DateTimeOffset now, CancellationToken ct)
    {
        var quantity = line.ReceivedQuantity!.Value;
        var level = db.StockLevels.Where(s => s.WarehouseId == warehouseId && s.ProductId == line.ProductId);
        int onHandAfter;
        if (await level.ExecuteUpdateAsync(s => s.SetProperty(x => x.OnHand, x => x.OnHand + quantity), ct) == 1)
        {
            onHandAfter = await level.Select(s => s.OnHand).SingleAsync(ct);
        }
        else
        {
            // A concurrent first stocking makes this insert fail, and the retry updates.
            db.StockLevels.Add(new StockLevel { WarehouseId = warehouseId, ProductId = line.ProductId, OnHand = quantity });
            onHandAfter = quantity;
        }
        db.StockAdjustments.Add(new StockAdjustment
        {
            WarehouseId = warehouseId, ProductId = line.ProductId, Delta = quantity, Reason = $"{number} {line.Sku}", OnHandAfter = onHandAfter,
            At = now, UserId = user.UserId, UserName = user.UserName,
        });
    }
}
