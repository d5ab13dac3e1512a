using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Catalog;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// Tier pricing and a credit account for every demo partner: one near its limit (P0002), one with an
/// invoice past its grace days (P0004), one in soft mode (P0006). Runs inside the demo seed's transaction. The open
/// invoices are left added and unsaved: <see cref="DemoDocumentNumbers"/> numbers them with the order history, by date.
/// </summary>
internal sealed class DemoCommerceSeeder(PortalDbContext db, TimeProvider clock)
{
    public async Task SeedAsync(DemoCommerceData data, CancellationToken ct)
    {
        var products = await db.Products.ToDictionaryAsync(p => p.Sku, p => p.Id, ct);
        db.TierDiscounts.AddRange(data.Pricing.TierDiscounts.Select(d => new TierDiscount
        {
            Tier = Enum.Parse<PartnerTier>(d.Tier), DiscountPercent = d.DiscountPercent,
        }));
        db.TierPrices.AddRange(data.Pricing.TierPrices.Select(p => new TierPrice
        {
            Tier = Enum.Parse<PartnerTier>(p.Tier), ProductId = products[p.Sku], Price = p.Price,
        }));

        var partners = await db.Partners.ToDictionaryAsync(p => p.Code, p => p.Id, ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var open = new List<LedgerEntry>();
        foreach (var row in data.Credit)
        {
            var partnerId = partners[row.Partner];
            var invoices = row.Invoices.Select(i =>
            {
                var date = today.AddDays(-i.DaysAgo);
                return new LedgerEntry
                {
                    PartnerId = partnerId, Kind = LedgerEntryKind.Invoice, Date = date,
                    Amount = i.Amount, OpenAmount = i.Amount, DueDate = date.AddDays(row.PaymentTermsDays),
                    Reference = "", CreatedAt = clock.GetUtcNow(),
                };
            }).ToList();
            open.AddRange(invoices);
            var account = new CreditAccount(partnerId,
                new CreditSettings(row.CreditLimit, Enum.Parse<CreditMode>(row.Mode), row.PaymentTermsDays, row.GraceDays));
            // Each demo invoice stands for an order that was approved (committing credit) and then shipped.
            foreach (var invoice in invoices)
            {
                account.CommitExposure(invoice.Amount);
                account.PostInvoice(invoice);
            }
            db.CreditAccounts.Add(account);
        }
        // The accounts are saved for the order history to read; the invoices wait for their numbers.
        await db.SaveChangesAsync(ct);
        db.LedgerEntries.AddRange(open);
    }
}
