using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Inventory;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Regions;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Regions;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Dashboards;

/// <summary>
/// A few shipments on both sides of every month edge the dashboards cut at, on 15 March 2026 in China: three partners,
/// one in each of 华东 (A), 华南 (B) and 华北 (C), and a manager of 华东 and 华南. Amounts are chosen so that every
/// figure is a sum a reader can check by hand.
/// </summary>
public sealed class ShippedByMonthDatabase : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2026, 3, 15);

    /// <summary>(partner, shipped on, amount).</summary>
    public static readonly (string Partner, DateOnly ShippedOn, decimal Amount)[] Shipments =
    [
        ("A", new(2024, 11, 30), 5.00m),   // before every window
        ("A", new(2024, 12, 31), 7.00m),   // last day of the growth window a year back
        ("A", new(2025, 2, 28), 10.00m),   // last year, before this month
        ("A", new(2025, 3, 15), 30.00m),   // last year, this month up to the same day
        ("A", new(2025, 3, 16), 40.00m),   // last year, this month after the same day
        ("A", new(2026, 1, 31), 100.10m),  // last day of January
        ("A", new(2026, 2, 1), 200.20m),   // first day of February
        ("A", new(2026, 3, 15), 50.05m),   // today
        ("A", new(2026, 3, 16), 999.99m),  // tomorrow (an ERP's date ahead): not shipped yet
        ("B", new(2025, 12, 1), 300.00m),
        ("B", new(2026, 2, 28), 1000.00m),
        ("C", new(2026, 1, 1), 77.77m),
    ];

    public TestDatabase Database { get; private set; } = null!;
    public Dictionary<string, int> Regions { get; } = [];
    public Dictionary<string, int> Partners { get; } = [];
    public CurrentUser Admin { get; } = new("dash-admin", "admin@dash", [PortalRoles.Admin]);
    public CurrentUser Manager { get; } = new("dash-manager", "manager@dash", [PortalRoles.ChannelManager]);

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(demoData: false,
            services: s => s.AddSingleton<TimeProvider>(new ChinaClock(new DateTimeOffset(2026, 3, 15, 10, 0, 0, TimeSpan.FromHours(8)))));
        await using var db = await Database.CreateSystemContextAsync();
        var regions = new[] { ("A", "EAST", "华东"), ("B", "SOUTH", "华南"), ("C", "NORTH", "华北") }
            .Select(r => (r.Item1, Region: new Region { Code = r.Item2, Name = r.Item3, NameEn = r.Item2 })).ToList();
        db.Regions.AddRange(regions.Select(r => r.Region));
        var warehouse = new Warehouse { Code = "WH-1", Name = "中心仓", NameEn = "Central" };
        db.Warehouses.Add(warehouse);
        await db.SaveChangesAsync();

        var partners = regions.Select((r, i) => (r.Item1, Partner: new Partner
        {
            Code = $"P90{i}", Name = "伙伴 " + r.Item1, NameEn = "Partner " + r.Item1, Type = PartnerType.Dealer, Tier = PartnerTier.Standard,
            Status = PartnerStatus.Active, CreditRating = CreditRating.B, RegionId = r.Region.Id,
        })).ToList();
        db.Partners.AddRange(partners.Select(p => p.Partner));
        await db.SaveChangesAsync();
        foreach (var (key, region) in regions) Regions[key] = region.Id;
        foreach (var (key, partner) in partners) Partners[key] = partner.Id;

        var n = 0;
        foreach (var (partner, shippedOn, amount) in Shipments)
        {
            n++;
            var order = new Order
            {
                Number = $"SO-DASH-{n:D3}", PartnerId = Partners[partner], IdempotencyKey = $"dash-{n}", Status = OrderStatus.Shipped,
                SubmittedAt = new DateTimeOffset(shippedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)), Total = amount,
            };
            db.Orders.Add(order);
            db.Shipments.Add(new Shipment
            {
                Number = $"SH-DASH-{n:D3}", Order = order, PartnerId = Partners[partner], WarehouseId = warehouse.Id, ShippedOn = shippedOn,
                ShippedByUserId = "dash-admin", Amount = amount,
            });
        }
        db.Users.Add(new PortalUser { Id = Manager.UserId!, UserName = Manager.UserName, NormalizedUserName = "MANAGER@DASH", DisplayName = "Manager" });
        db.ManagerRegions.AddRange(new ManagerRegion { UserId = Manager.UserId!, RegionId = Regions["A"] },
            new ManagerRegion { UserId = Manager.UserId!, RegionId = Regions["B"] });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();

    private sealed class ChinaClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
        public override TimeZoneInfo LocalTimeZone { get; } = TimeZoneInfo.CreateCustomTimeZone("China", TimeSpan.FromHours(8), "China", "China");
    }
}
