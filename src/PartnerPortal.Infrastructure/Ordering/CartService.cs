using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Pricing;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Catalog;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Partners;

namespace PartnerPortal.Infrastructure.Ordering;

/// <summary>
/// The signed-in dealer's cart, kept in the database per user so it survives a reload or a reconnect.
/// Prices are never stored here: the cart shows today's tier price, and the order freezes it on submission.
/// </summary>
public sealed class CartService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, OrderSubmissionService submissions,
    TimeProvider clock, IOptions<OrderingOptions> ordering)
{
    public async Task<CartView> GetAsync(CancellationToken ct = default)
    {
        var (db, user, partner) = await OpenAsync(ct);
        await using var _ = db;
        var lines = await db.CartLines.AsNoTracking().Where(c => c.UserId == user.UserId).OrderBy(c => c.AddedAt).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.Id, c.ProductId, c.Quantity, c.Product!.Sku, c.Product.Name, c.Product.NameEn, c.Product.Unit, c.Product.UnitEn,
                c.Product.MinOrderQuantity, c.Product.OrderMultiple, c.Product.IsActive,
                Available = db.StockLevels.Where(s => s.ProductId == c.ProductId).Sum(s => (int?)(s.OnHand - s.Reserved)) ?? 0,
            })
            .ToListAsync(ct);
        var prices = await PartnerPrices.ForAsync(db, partner.Tier, lines.Select(l => l.ProductId).ToList(), ct);
        var views = lines.Select(l =>
        {
            var (listPrice, unitPrice) = prices[l.ProductId];
            var problems = QuantityRules.Check(l.Quantity, new QuantityRule(l.MinOrderQuantity, l.OrderMultiple, l.IsActive)).ToList();
            if (l.Quantity > l.Available) problems.Add(new Problem(ProblemCodes.InsufficientStock, l.Sku, l.Sku, l.Quantity, Math.Max(l.Available, 0)));
            return new CartLineView(l.Id, l.ProductId, l.Sku, l.Name, l.NameEn, l.Unit, l.UnitEn, l.Quantity, l.MinOrderQuantity,
                l.OrderMultiple, listPrice, unitPrice, PriceRules.LineTotal(unitPrice, l.Quantity), Math.Max(l.Available, 0), problems);
        }).ToList();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var expired = await DealerAuthorizations.BlockingAsync(db, partner.Id, ordering.Value.BlockOnExpiredAuthorization, today, ct);
        return new CartView(views, PriceRules.OrderTotal(views.Select(v => v.LineTotal)), expired);
    }

    /// <summary>Adds a product (or more of it): the resulting quantity must be one the product can be ordered in.</summary>
    public async Task<Outcome> AddAsync(int productId, int quantity, CancellationToken ct = default)
    {
        var (db, user, partner) = await OpenAsync(ct);
        await using var _ = db;
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null) return Outcome.Failed(ProblemCodes.NotFound, "Sku");
        var line = await db.CartLines.FirstOrDefaultAsync(c => c.UserId == user.UserId && c.ProductId == productId, ct);
        var total = (int)Math.Min((long)(line?.Quantity ?? 0) + quantity, int.MaxValue);
        var problems = QuantityRules.Check(total, new QuantityRule(product.MinOrderQuantity, product.OrderMultiple, product.IsActive))
            .Select(p => p with { Field = product.Sku }).ToList();
        if (quantity <= 0) problems = [new Problem(ProblemCodes.QuantityNotPositive, product.Sku)];
        if (problems.Count > 0) return Outcome.Failed(problems);
        if (line is null)
            db.CartLines.Add(new CartLine { UserId = user.UserId!, PartnerId = partner.Id, ProductId = productId, Quantity = total, AddedAt = clock.GetUtcNow() });
        else line.Quantity = total;
        await db.SaveChangesAsync(ct);
        return Outcome.Success;
    }

    public async Task<Outcome> SetQuantityAsync(int lineId, int quantity, CancellationToken ct = default)
    {
        var (db, user, _) = await OpenAsync(ct);
        await using var __ = db;
        var line = await db.CartLines.Include(c => c.Product).FirstOrDefaultAsync(c => c.Id == lineId && c.UserId == user.UserId, ct);
        if (line is null) return Outcome.Failed(ProblemCodes.NotFound);
        var p = line.Product!;
        var problems = QuantityRules.Check(quantity, new QuantityRule(p.MinOrderQuantity, p.OrderMultiple, p.IsActive))
            .Select(x => x with { Field = p.Sku }).ToList();
        if (problems.Count > 0) return Outcome.Failed(problems);
        line.Quantity = quantity;
        await db.SaveChangesAsync(ct);
        return Outcome.Success;
    }

    public async Task<Outcome> RemoveAsync(int lineId, CancellationToken ct = default)
    {
        var (db, user, _) = await OpenAsync(ct);
        await using var __ = db;
        var removed = await db.CartLines.Where(c => c.Id == lineId && c.UserId == user.UserId).ExecuteDeleteAsync(ct);
        return removed == 1 ? Outcome.Success : Outcome.Failed(ProblemCodes.NotFound);
    }

    public async Task ClearAsync(CancellationToken ct = default)
    {
        var (db, user, _) = await OpenAsync(ct);
        await using var __ = db;
        await db.CartLines.Where(c => c.UserId == user.UserId).ExecuteDeleteAsync(ct);
    }

    /// <summary>
    /// Checks typed or uploaded lines and adds them: all of them when every row is valid, only the valid ones
    /// when <paramref name="onlyValid"/> is set, otherwise none (the report says why), in one save.
    /// </summary>
    public async Task<QuickOrderReport> AddLinesAsync(IReadOnlyList<OrderCsvRow> rows, bool onlyValid, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var (db, user, partner) = await OpenAsync(ct);
        await using var _ = db;
        var skus = rows.Select(r => TextRules.NormalizeCode(r.Sku)).Where(s => s.Length > 0).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => skus.Contains(p.Sku.ToUpper()))
            .Select(p => new ProductFacts(p.Id, p.Sku, new QuantityRule(p.MinOrderQuantity, p.OrderMultiple, p.IsActive)))
            .ToListAsync(ct);
        var bySku = products.ToDictionary(p => p.Sku, StringComparer.OrdinalIgnoreCase);
        var checkedLines = QuickOrderRules.Check(rows, sku => bySku.GetValueOrDefault(sku)).ToList();

        var ids = checkedLines.Where(l => l.IsValid).Select(l => l.ProductId!.Value).Distinct().ToList();
        var existing = await db.CartLines.Where(c => c.UserId == user.UserId && ids.Contains(c.ProductId)).ToDictionaryAsync(c => c.ProductId, ct);
        RefuseOverMaximum(checkedLines, existing);
        if (checkedLines.Count == 0 || (!onlyValid && checkedLines.Any(l => !l.IsValid))) return QuickOrderReport.From(checkedLines, 0);

        var valid = checkedLines.Where(l => l.IsValid).GroupBy(l => l.ProductId!.Value).ToList();
        foreach (var group in valid)
        {
            var quantity = group.Sum(l => l.Quantity!.Value);
            if (existing.TryGetValue(group.Key, out var line)) line.Quantity += quantity;
            else db.CartLines.Add(new CartLine { UserId = user.UserId!, PartnerId = partner.Id, ProductId = group.Key, Quantity = quantity, AddedAt = clock.GetUtcNow() });
        }
        await db.SaveChangesAsync(ct);
        return QuickOrderReport.From(checkedLines, valid.Sum(g => g.Count()));
    }

    /// <summary>
    /// Reads an uploaded order file within its limits (<see cref="OrderFileReader"/>); nothing is added yet. The rows go to
    /// <see cref="AddLinesAsync"/>, also again to add only the valid ones.
    /// </summary>
    public static Task<OrderCsvResult> ReadFileAsync(Stream stream, long? declaredSize, CancellationToken ct = default) =>
        OrderFileReader.ReadAsync(stream, declaredSize, ct);

    /// <summary>
    /// Lines of one product that would take its cart line over the most a line may hold are refused, each with the
    /// maximum: several lines for a product add up, and so do the cart and the file.
    /// </summary>
    private static void RefuseOverMaximum(List<CheckedOrderLine> lines, Dictionary<int, CartLine> existing)
    {
        var over = lines.Where(l => l.IsValid).GroupBy(l => l.ProductId!.Value)
            .Where(g => g.Sum(l => (long)l.Quantity!.Value) + (existing.TryGetValue(g.Key, out var c) ? c.Quantity : 0) > QuantityRules.MaxQuantity)
            .Select(g => g.Key).ToHashSet();
        if (over.Count == 0) return;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] is { IsValid: true, ProductId: { } id } line && over.Contains(id))
                lines[i] = line with { Quantity = null, Problems = [new Problem(ProblemCodes.TooLarge, "Quantity", QuantityRules.MaxQuantity)] };
        }
    }

    /// <summary>Copies a past order's lines into the cart; they show at today's prices.</summary>
    public async Task<Outcome> ReorderAsync(int orderId, CancellationToken ct = default)
    {
        var lines = await ReadOrderLinesAsync(orderId, ct);
        if (lines is null) return Outcome.Failed(ProblemCodes.NotFound);
        var report = await AddLinesAsync(lines, onlyValid: true, ct);
        return report.Added > 0 ? Outcome.Success : Outcome.Failed(report.Problems.SelectMany(l => l.Problems));
    }

    /// <summary>Submits the whole cart as one order and empties the cart when the order is made.</summary>
    public async Task<SubmissionResult> SubmitAsync(string idempotencyKey, CancellationToken ct = default)
    {
        var cart = await GetAsync(ct);
        if (cart.IsEmpty) return SubmissionResult.Invalid([new Problem(ProblemCodes.EmptyOrder)]);
        var result = await submissions.SubmitAsync(
            new OrderRequest(idempotencyKey, cart.Lines.Select(l => new RequestedLine(l.ProductId, l.Quantity)).ToList()), ct);
        if (result.OrderId is not null)
        {
            var (db, user, _) = await OpenAsync(ct);
            await using var __ = db;
            var ids = cart.Lines.Select(l => l.Id).ToList();
            await db.CartLines.Where(c => c.UserId == user.UserId && ids.Contains(c.Id)).ExecuteDeleteAsync(ct);
        }
        return result;
    }

    private async Task<IReadOnlyList<OrderCsvRow>?> ReadOrderLinesAsync(int orderId, CancellationToken ct)
    {
        var (db, _, _) = await OpenAsync(ct);
        await using var __ = db;
        var lines = await db.Orders.AsNoTracking().Where(o => o.Id == orderId)
            .SelectMany(o => o.Lines.OrderBy(l => l.Id).Select(l => new { l.Sku, l.Quantity })).ToListAsync(ct);
        if (lines.Count == 0) return null;
        return lines.Select((l, i) => new OrderCsvRow(i + 1, l.Sku, l.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
    }

    private async Task<(PortalDbContext Db, CurrentUser User, (int Id, PartnerTier Tier) Partner)> OpenAsync(CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        RoleGuard.Require(user, PortalRoles.Dealer);
        var db = await contexts.CreateAsync(ct);
        if (db.Scope.Kind != ScopeKind.Partner)
        {
            await db.DisposeAsync();
            throw new ScopeViolationException("Only a partner's staff have a cart.");
        }
        var tier = await db.Partners.Where(p => p.Id == db.Scope.PartnerId).Select(p => p.Tier).FirstAsync(ct);
        return (db, user, (db.Scope.PartnerId!.Value, tier));
    }
}
