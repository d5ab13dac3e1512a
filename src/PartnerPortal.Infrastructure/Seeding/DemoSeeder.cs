using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Catalog;
using PartnerPortal.Domain.Inventory;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Regions;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Infrastructure.Regions;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>Loads the demo data files into an empty database, in one transaction.</summary>
internal sealed class DemoSeeder(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock, PartnerDocumentFiles documentFiles,
    Returns.ReturnPhotoFiles returnPhotos)
{
    public async Task SeedAsync(DemoData data, DemoCommerceData commerce, int historyMonths, CancellationToken ct,
        IReadOnlyList<DemoRebateSeeder.PolicyRow>? rebates = null, DemoPointsSeeder.PointsFile? points = null,
        DemoCourseSeeder.CoursesFile? courses = null, IReadOnlyList<DemoDocumentSeeder.DocumentRow>? documents = null)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        var regions = data.Regions.ToDictionary(r => r.Code, r => new Region { Code = r.Code, Name = r.Name, NameEn = r.NameEn });
        db.Regions.AddRange(regions.Values);

        var categories = data.Catalog.Categories.ToDictionary(c => c.Code,
            c => new ProductCategory { Code = c.Code, Name = c.Name, NameEn = c.NameEn });
        var products = data.Catalog.Products.ToDictionary(p => p.Sku, p => new Product
        {
            Sku = p.Sku, Name = p.Name, NameEn = p.NameEn, Category = categories[p.Category], Unit = p.Unit, UnitEn = p.UnitEn,
            PackSize = p.PackSize, MinOrderQuantity = p.MinOrderQty, OrderMultiple = p.OrderMultiple, ListPrice = p.ListPrice,
            LowStockThreshold = p.LowStockThreshold, IsActive = p.Active,
        });
        db.Products.AddRange(products.Values);

        foreach (var w in data.Warehouses)
        {
            var warehouse = new Warehouse { Code = w.Code, Name = w.Name, NameEn = w.NameEn };
            db.Warehouses.Add(warehouse);
            db.StockLevels.AddRange(w.Stock.Select(s => new StockLevel { Warehouse = warehouse, Product = products[s.Sku], OnHand = s.OnHand }));
        }

        var partners = new Dictionary<string, Partner>();
        foreach (var p in data.Partners)
        {
            partners[p.Code] = new Partner
            {
                Code = p.Code, Name = p.Name, NameEn = p.NameEn,
                Type = Enum.Parse<PartnerType>(p.Type), Tier = Enum.Parse<PartnerTier>(p.Tier),
                Status = Enum.Parse<PartnerStatus>(p.Status), CreditRating = Enum.Parse<CreditRating>(p.CreditRating),
                Region = regions[p.Region],
                Contacts = p.Contacts.Select(c => new PartnerContact
                {
                    Name = c.Name, Title = c.Title, Phone = c.Phone, Email = c.Email, IsPrimary = c.IsPrimary,
                }).ToList(),
            };
        }
        foreach (var p in data.Partners.Where(p => p.Parent is not null)) partners[p.Code].ParentPartner = partners[p.Parent!];
        db.Partners.AddRange(partners.Values);
        await db.SaveChangesAsync(ct);

        foreach (var u in data.Users)
        {
            var user = new PortalUser
            {
                UserName = u.Email, Email = u.Email, EmailConfirmed = true, DisplayName = u.DisplayName,
                PartnerId = u.Partner is null ? null : partners[u.Partner].Id, CreatedAt = clock.GetUtcNow(),
            };
            Check(await users.CreateAsync(user, SeedOptions.DemoPassword), u.Email);
            Check(await users.AddToRoleAsync(user, u.Role), u.Email);
            db.ManagerRegions.AddRange(u.Regions.Select(code => new ManagerRegion { UserId = user.Id, RegionId = regions[code].Id }));
        }
        await db.SaveChangesAsync(ct);
        await new DemoCommerceSeeder(db, clock).SeedAsync(commerce, ct);
        if (historyMonths > 0) await new DemoOrderHistorySeeder(db, clock, historyMonths).AddAsync(ct);
        await DemoDocumentNumbers.AssignAsync(db, ct);
        await db.SaveChangesAsync(ct);
        // Returns before the rebates, so that the settled periods count what came back before they were settled.
        var returns = new DemoReturnSeeder(db, clock, returnPhotos);
        if (historyMonths > 0) await returns.SeedAsync(ct);
        if (rebates is not null) await new DemoRebateSeeder(db, clock).SeedAsync(rebates, ct);
        // and one return after them: a settled period with a true-up due at its policy's next settlement.
        if (historyMonths > 0 && rebates is not null) await returns.SeedAfterSettlementAsync(ct);
        if (points is not null) await new DemoPointsSeeder(db, clock).SeedAsync(points, historyMonths, ct);
        if (courses is not null) await new DemoCourseSeeder(db, clock).SeedAsync(courses, ct);
        if (documents is not null) await new DemoDocumentSeeder(db, clock, documentFiles).SeedAsync(documents, ct);
        await tx.CommitAsync(ct);
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo user {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
