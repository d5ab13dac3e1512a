using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Pricing;
using PartnerPortal.Infrastructure.Catalog;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Regions;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// Months of completed orders for every demo partner, each shipped, invoiced and paid, so that rebates, statements and
/// dashboards have history to show. Partners buy in different patterns (growing, steady, declining, irregular, gone
/// quiet) so that rankings, growth and health scores differ. Paid in full, the history leaves the balances that
/// credit.json sets up (near the limit, overdue) as they are. Always the same data for the same day. The orders are numbered
/// as they are made; invoices, payments and shipments are left unsaved for <see cref="DemoDocumentNumbers"/> to number by date.
/// </summary>
internal sealed class DemoOrderHistorySeeder(PortalDbContext db, TimeProvider clock, int months)
{
    private readonly Random _random = new(2026);
    private readonly Dictionary<string, int> _counters = [];

    public async Task AddAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        // History, not news: no webhook receiver is told about orders and payments of months ago.
        Integration.OutboxInterceptor.Suppress(db);
        var offset = clock.GetLocalNow().Offset;
        var products = await db.Products.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Sku).ToListAsync(ct);
        var warehouseId = await db.Warehouses.OrderBy(w => w.Id).Select(w => w.Id).FirstAsync(ct);
        var partners = await db.Partners.AsNoTracking().OrderBy(p => p.Code)
            .Select(p => new { p.Id, p.Code, p.Tier, p.RegionId, p.Type, Terms = db.CreditAccounts.Where(a => a.PartnerId == p.Id).Select(a => a.PaymentTermsDays).First() })
            .ToListAsync(ct);
        var users = await db.Users.AsNoTracking().Where(u => u.PartnerId != null).Select(u => new { u.Id, u.PartnerId, u.DisplayName }).ToListAsync(ct);
        var managers = await db.ManagerRegions.AsNoTracking().Select(m => new { m.RegionId, m.UserId, m.User!.DisplayName }).ToListAsync(ct);
        var admin = await db.Users.AsNoTracking().OrderBy(u => u.Email).Select(u => new { u.Id, u.DisplayName }).FirstAsync(ct);

        foreach (var (partner, index) in partners.Select((p, i) => (p, i)))
        {
            var pattern = Patterns[index % Patterns.Length];
            var prices = await PartnerPrices.ForAsync(db, partner.Tier, products.Select(p => p.Id).ToList(), ct);
            var buyer = users.FirstOrDefault(u => u.PartnerId == partner.Id);
            var manager = managers.FirstOrDefault(m => m.RegionId == partner.RegionId);
            var (managerId, managerName) = manager is null ? (admin.Id, admin.DisplayName) : (manager.UserId, manager.DisplayName);
            var perMonth = partner.Type == Domain.Partners.PartnerType.Distributor ? 3 : 2;

            for (var month = months; month >= 1; month--)
            {
                var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-month);
                var orders = OrdersIn(pattern, month, perMonth);
                for (var n = 0; n < orders; n++)
                {
                    var day = first.AddDays(_random.Next(0, 25));
                    var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), offset);
                    var lines = Enumerable.Range(0, _random.Next(2, 5)).Select(_ => products[_random.Next(products.Count)]).DistinctBy(p => p.Id)
                        .Select(p =>
                        {
                            var step = Math.Max(p.OrderMultiple, 1);
                            var minimum = (int)Math.Ceiling(Math.Max(p.MinOrderQuantity, 1) / (double)step) * step;
                            var quantity = minimum + step * _random.Next(0, 5);
                            var (listPrice, unitPrice) = prices[p.Id];
                            return new OrderLine
                            {
                                ProductId = p.Id, Sku = p.Sku, Quantity = quantity, ShippedQuantity = quantity, ListPrice = listPrice,
                                UnitPrice = unitPrice, LineTotal = PriceRules.LineTotal(unitPrice, quantity),
                            };
                        }).ToList();
                    var total = PriceRules.OrderTotal(lines.Select(l => l.LineTotal));
                    var number = $"SO-{partner.Code}-{day:yyyyMMdd}-{Next($"SO-{partner.Code}-{day:yyyyMMdd}"):D3}";
                    var order = new Order
                    {
                        Number = number, PartnerId = partner.Id, IdempotencyKey = "history-" + number, SubmittedAt = at,
                        SubmittedByUserId = buyer?.Id, Total = total, Lines = lines,
                    };
                    order.MoveTo(OrderStatus.Submitted, at, buyer?.Id, buyer?.DisplayName ?? "demo");
                    order.MoveTo(OrderStatus.Approved, at, buyer?.Id, buyer?.DisplayName ?? "demo");
                    var shippedOn = day.AddDays(2);
                    order.MoveTo(OrderStatus.Shipped, at.AddDays(2), managerId, managerName);
                    order.MoveTo(OrderStatus.Completed, at.AddDays(9), managerId, managerName);
                    db.Orders.Add(order);

                    var invoice = new LedgerEntry
                    {
                        PartnerId = partner.Id, Kind = LedgerEntryKind.Invoice, Date = shippedOn,
                        Amount = total, OpenAmount = 0m, DueDate = shippedOn.AddDays(partner.Terms), Order = order, CreatedAt = at.AddDays(2),
                    };
                    var paidOn = Min(shippedOn.AddDays(Math.Max(partner.Terms - _random.Next(0, 10), 1)), today.AddDays(-1));
                    var payment = new LedgerEntry
                    {
                        PartnerId = partner.Id, Kind = LedgerEntryKind.Payment, Date = paidOn, Amount = total,
                        OpenAmount = 0m, Reference = "银行转账 " + _random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture),
                        CreatedAt = at.AddDays(partner.Terms),
                    };
                    db.LedgerEntries.AddRange(invoice, payment);
                    db.LedgerAllocations.Add(new LedgerAllocation { PaymentEntry = payment, InvoiceEntry = invoice, Amount = total });
                    db.Shipments.Add(new Shipment
                    {
                        Order = order, PartnerId = partner.Id, WarehouseId = warehouseId, ShippedOn = shippedOn,
                        ShippedByUserId = managerId, Amount = total, Invoice = invoice,
                        Lines = lines.Select(l => new ShipmentLine { OrderLine = l, Quantity = l.Quantity, Amount = l.LineTotal }).ToList(),
                    });
                }
            }
        }
    }

    private enum Pattern { Steady, Growing, Declining, Irregular, Quiet }

    /// <summary>Partner by partner in code order; the first (the demo dealer) is growing.</summary>
    private static readonly Pattern[] Patterns =
        [Pattern.Growing, Pattern.Steady, Pattern.Declining, Pattern.Irregular, Pattern.Steady, Pattern.Quiet, Pattern.Growing];

    /// <summary>
    /// Orders in the month <paramref name="monthsAgo"/> months back: growing partners bought once a month a year ago,
    /// declining ones once a month lately, irregular ones every other month, and quiet ones stopped three months ago.
    /// </summary>
    private static int OrdersIn(Pattern pattern, int monthsAgo, int perMonth) => pattern switch
    {
        Pattern.Growing => monthsAgo > 9 ? 1 : perMonth,
        Pattern.Declining => monthsAgo <= 3 ? 1 : perMonth + 1,
        Pattern.Irregular => monthsAgo % 2 == 0 ? 0 : perMonth,
        Pattern.Quiet => monthsAgo <= 2 ? 0 : perMonth,
        _ => perMonth,
    };

    private int Next(string prefix) => _counters[prefix] = _counters.GetValueOrDefault(prefix) + 1;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
