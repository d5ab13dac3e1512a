using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Credit.Rules;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Pricing;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Catalog;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Partners;

namespace PartnerPortal.Infrastructure.Ordering;

/// <summary>
/// Submits a partner's order: re-prices every line at the partner's tier price, checks quantities, stock
/// and credit, and in one transaction reserves stock, commits credit and saves the order — or saves nothing.
/// Stock is reserved with guarded updates (never below zero) and credit through the account's version,
/// so concurrent submissions cannot over-commit either (DESIGN rules 2–5).
/// </summary>
public sealed class OrderSubmissionService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock,
    IOptions<OrderingOptions> ordering)
{
    private const int Attempts = 8;

    public async Task<SubmissionResult> SubmitAsync(OrderRequest request, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        RoleGuard.Require(user, PortalRoles.Dealer);
        if (string.IsNullOrWhiteSpace(request.IdempotencyKey) || request.IdempotencyKey.Length > Order.IdempotencyKeyMaxLength)
            return SubmissionResult.Invalid([new Problem(ProblemCodes.Required, "IdempotencyKey")]);
        if (request.Lines.Count == 0) return SubmissionResult.Invalid([new Problem(ProblemCodes.EmptyOrder)]);

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TrySubmitAsync(request, user, ct);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another submission changed the credit account or took the same key or number first: start again
                // from fresh data (a repeated key then finds its order).
                await Task.Delay(TimeSpan.FromMilliseconds(10 * attempt), ct);
            }
        }
    }

    private async Task<SubmissionResult> TrySubmitAsync(OrderRequest request, CurrentUser user, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        if (db.Scope.Kind != ScopeKind.Partner) return SubmissionResult.Invalid([new Problem(ProblemCodes.NoPartner)]);
        var partnerId = db.Scope.PartnerId!.Value;

        // The partner, its authorization and the prices are read before the write transaction: they are the catalog's and
        // the partner's standing at the moment of submitting, and reading them while holding SQLite's single write lock
        // would only keep the next dealer waiting. Everything that credit and stock depend on is read inside it.
        var partner = await db.Partners.AsNoTracking().Where(p => p.Id == partnerId)
            .Select(p => new { p.Code, p.Tier, p.Status }).FirstAsync(ct);
        var expired = await DealerAuthorizations.BlockingAsync(db, partnerId, ordering.Value.BlockOnExpiredAuthorization, Today(), ct);
        var lines = expired is null ? await PriceLinesAsync(db, partner.Tier, request.Lines, ct) : (Lines: new List<OrderLine>(), Problems: new List<Problem>());

        // On SQLite this takes the write lock at once, so submissions queue instead of reading stale figures.
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        var existing = await db.Orders.AsNoTracking().Where(o => o.IdempotencyKey == request.IdempotencyKey)
            .Select(o => new { o.Id, o.Number, o.Status, o.Total }).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            var outcome = existing.Status == OrderStatus.PendingApproval ? SubmissionOutcome.PendingApproval : SubmissionOutcome.Approved;
            return new SubmissionResult(outcome, existing.Id, existing.Number, existing.Total, null, [], IsRepeat: true);
        }

        if (expired is not null)
            return SubmissionResult.Invalid([new Problem(ProblemCodes.AuthorizationExpired, null, expired.Number, expired.ExpiredOn)]);
        if (lines.Problems.Count > 0) return SubmissionResult.Invalid(lines.Problems);
        var total = PriceRules.OrderTotal(lines.Lines.Select(l => l.LineTotal));

        var account = await new Ledger(db, clock).AccountAsync(partnerId, ct);
        if (account is null) return SubmissionResult.Invalid([new Problem(ProblemCodes.NoCreditAccount)], total);
        var decision = CreditRules.Decide(new CreditCheckInput(account.CreditLimit, account.Balance, account.ApprovedUninvoiced, total,
            account.Mode, account.GraceDays, partner.Status == PartnerStatus.Suspended, await OpenInvoicesAsync(db, partnerId, ct), Today()));
        if (decision.Outcome == CreditOutcome.Blocked)
            return new SubmissionResult(SubmissionOutcome.Blocked, null, null, total, decision, []);

        var now = clock.GetUtcNow();
        var order = new Order
        {
            PartnerId = partnerId, IdempotencyKey = request.IdempotencyKey, Number = await NextNumberAsync(db, partner.Code, now, ct),
            Status = OrderStatus.Draft, Total = total, SubmittedAt = now, SubmittedByUserId = user.UserId, Lines = lines.Lines,
        };
        order.MoveTo(OrderStatus.Submitted, now, user.UserId, user.UserName);

        if (decision.Outcome == CreditOutcome.Approved)
        {
            var shortages = await StockReservations.ReserveAsync(db, order.Lines, ct);
            if (shortages.Count > 0)
            {
                await tx.RollbackAsync(ct);
                return SubmissionResult.Invalid(shortages, total);
            }
            Ledger.CommitOrder(account, total);
            order.MoveTo(OrderStatus.Approved, now, user.UserId, user.UserName);
        }
        else
        {
            order.MoveTo(OrderStatus.PendingApproval, now, user.UserId, user.UserName, OrderEventFact.CreditHold, decision.Figures);
        }

        db.Orders.Add(order);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        var result = decision.Outcome == CreditOutcome.Approved ? SubmissionOutcome.Approved : SubmissionOutcome.PendingApproval;
        return new SubmissionResult(result, order.Id, order.Number, total, decision, []);
    }

    private static async Task<(List<OrderLine> Lines, List<Problem> Problems)> PriceLinesAsync(
        PortalDbContext db, PartnerTier tier, IReadOnlyList<RequestedLine> requested, CancellationToken ct)
    {
        // The same product twice becomes one line.
        var merged = requested.GroupBy(l => l.ProductId).Select(g => new RequestedLine(g.Key, g.Sum(l => l.Quantity))).ToList();
        var ids = merged.Select(l => l.ProductId).ToList();
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var prices = await PartnerPrices.ForAsync(db, tier, products.ToDictionary(p => p.Key, p => p.Value.ListPrice), ct);
        var problems = new List<Problem>();
        var lines = new List<OrderLine>();
        foreach (var line in merged)
        {
            if (!products.TryGetValue(line.ProductId, out var product))
            {
                problems.Add(new Problem(ProblemCodes.UnknownSku, "Sku", line.ProductId.ToString()));
                continue;
            }
            var rule = new QuantityRule(product.MinOrderQuantity, product.OrderMultiple, product.IsActive);
            var lineProblems = QuantityRules.Check(line.Quantity, rule);
            problems.AddRange(lineProblems.Select(p => p with { Field = product.Sku }));
            if (lineProblems.Count > 0) continue;
            var (listPrice, unitPrice) = prices[product.Id];
            lines.Add(new OrderLine
            {
                ProductId = product.Id, Sku = product.Sku, Quantity = line.Quantity, ListPrice = listPrice, UnitPrice = unitPrice,
                LineTotal = PriceRules.LineTotal(unitPrice, line.Quantity),
            });
        }
        return (lines, problems);
    }

    private static async Task<IReadOnlyList<OpenInvoice>> OpenInvoicesAsync(PortalDbContext db, int partnerId, CancellationToken ct) =>
        await db.LedgerEntries.AsNoTracking()
            .OpenInvoicesOf(partnerId)
            .Select(e => new OpenInvoice(e.Number, e.DueDate!.Value, e.OpenAmount))
            .ToListAsync(ct);

    /// <summary>SO-P0001-yyyyMMdd-nnn: the partner's orders of the day, counted in its own scope; a clash is retried.</summary>
    private static async Task<string> NextNumberAsync(PortalDbContext db, string partnerCode, DateTimeOffset now, CancellationToken ct)
    {
        var prefix = $"SO-{partnerCode}-{now:yyyyMMdd}-";
        var last = await db.Orders.Where(o => o.Number.StartsWith(prefix))
            .OrderByDescending(o => o.Number).Select(o => o.Number).FirstOrDefaultAsync(ct);
        var next = last is null ? 1 : int.Parse(last[prefix.Length..]) + 1;
        return prefix + next.ToString("D3");
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().Date);
}
