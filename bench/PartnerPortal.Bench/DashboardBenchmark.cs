using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Access;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Dashboards;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Regions;
using PartnerPortal.Infrastructure.Seeding;

namespace PartnerPortal.Bench;

/// <summary>
/// The home pages' figures on the rebate benchmark's data (2,000 partners, 1,000,000 shipped lines over 2026) plus an
/// invoice per shipment and a credit account per partner, on 31 December 2026: the channel manager's dashboard for
/// the admin (every region) and for a manager of two regions, all health scores, and the dealer's dashboard of the
/// biggest partner. Each is timed cold once, then five times warm (median and worst).
/// </summary>
internal static class DashboardBenchmark
{
    private const double TargetSeconds = 1;
    private const int WarmRuns = 5;

    public static async Task RunAsync(string[] args)
    {
        var traceSql = args.Contains("--sql");
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var folder = Path.Combine(Path.GetTempPath(), "pp-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connectionString = "Data Source=" + Path.Combine(folder, "bench.db");
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:ConnectionString"] = connectionString,
                ["Seed:DemoData"] = "false",
            }).Build();
            var user = new SwitchableUser();
            var timer = new CommandTimer();
            var services = new ServiceCollection().AddLogging().AddPortalInfrastructure(configuration);
            services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2026, 12, 31, 10, 0, 0, TimeSpan.FromHours(8))));
            services.AddSingleton<ICurrentUserAccessor>(user);
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(timer);
            services.AddDataProtection().UseEphemeralDataProtectionProvider();
            services.AddIdentityCore<PortalUser>().AddPortalIdentityStores();
            await using var provider = services.BuildServiceProvider();

            var clock = Stopwatch.StartNew();
            await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            var seeded = RebateBenchData.Seed(connectionString, withLedger: true);
            Console.WriteLine($"Seeded {seeded.Tables.Sum(t => t.Rows):N0} rows in {clock.Elapsed.TotalSeconds:F1} s: " +
                string.Join(", ", seeded.Tables.Select(t => $"{t.Table} {t.Rows:N0}")));
            var (manager, biggest) = await PrepareAsync(provider);

            var admin = new CurrentUser("bench-admin", "admin@bench", [PortalRoles.Admin]);
            if (traceSql)
            {
                user.User = admin;
                await using (var scope = provider.CreateAsyncScope())
                    await scope.ServiceProvider.GetRequiredService<ManagerDashboardService>().GetAsync(null);
                timer.Enabled = true;
                var watch = Stopwatch.StartNew();
                await using (var scope = provider.CreateAsyncScope())
                    await scope.ServiceProvider.GetRequiredService<ManagerDashboardService>().GetAsync(null);
                Console.WriteLine($"Second (warm) run of the admin's dashboard: {watch.Elapsed.TotalSeconds:F2} s; its SQL:");
                timer.Enabled = false;
                foreach (var c in timer.Take().Commands.OrderByDescending(c => c.Duration))
                    Console.WriteLine($"{c.Duration.TotalMilliseconds,8:F0} ms {c.Rows,7} rows  {c.Sql.ReplaceLineEndings(" ")}");
            }
            await MeasureAsync("Manager home, admin (4 regions, 2,000 partners)", provider, user, admin,
                sp => sp.GetRequiredService<ManagerDashboardService>().GetAsync(null), TargetSeconds);
            await MeasureAsync("Manager home, manager of 华东 + 华南 (1,000 partners)", provider, user, manager,
                sp => sp.GetRequiredService<ManagerDashboardService>().GetAsync(null), TargetSeconds);
            await MeasureAsync("Manager home, admin, one region", provider, user, admin,
                sp => sp.GetRequiredService<ManagerDashboardService>().GetAsync(1), TargetSeconds);
            await MeasureAsync("Partner health page (all scores, first 25)", provider, user, admin,
                sp => sp.GetRequiredService<PartnerHealthService>().ListAsync(new PageRequest(0, 25), null, null), TargetSeconds);
            await MeasureAsync("Dealer home of the biggest partner", provider, user, biggest,
                sp => sp.GetRequiredService<DealerDashboardService>().GetAsync(), TargetSeconds);
            // The lists behind the shipped amounts: a region's year (the sales table's link) and every shipment, first page.
            await MeasureAsync("Shipment list, admin, one region, this year (first 25)", provider, user, admin,
                sp => sp.GetRequiredService<ShipmentQueryService>().ListAsync(new PageRequest(0, 25),
                    new ShipmentFilter(RegionId: 1, From: new DateOnly(2026, 1, 1), To: new DateOnly(2026, 12, 31))), TargetSeconds);
            await MeasureAsync("Shipment list, admin, everything (first 25)", provider, user, admin,
                sp => sp.GetRequiredService<ShipmentQueryService>().ListAsync(new PageRequest(0, 25), new ShipmentFilter()), TargetSeconds);
            Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB (includes seeding); {MachineLoad.Describe()}");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (args.Contains("--keep")) Console.WriteLine($"Database kept: {connectionString}");
            else Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task MeasureAsync<T>(string label, IServiceProvider provider, SwitchableUser user, CurrentUser caller,
        Func<IServiceProvider, Task<T>> run, double target)
    {
        user.User = caller;
        async Task<double> Once()
        {
            await using var scope = provider.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            var result = await run(scope.ServiceProvider);
            if (result is null) throw new InvalidOperationException($"{label}: nothing returned.");
            return watch.Elapsed.TotalSeconds;
        }
        var cold = await Once();
        var warm = new List<double>();
        for (var i = 0; i < WarmRuns; i++) warm.Add(await Once());
        warm.Sort();
        Console.WriteLine($"{label,-55} cold {cold,5:F2} s, warm median {warm[WarmRuns / 2],5:F2} s, worst {warm[^1],5:F2} s " +
            $"(target < {target:F0} s){(warm[^1] < target ? "" : "  OVER TARGET")}");
    }

    /// <summary>A manager of regions 1 and 2, and a dealer user of the partner that bought most.</summary>
    private static async Task<(CurrentUser Manager, CurrentUser Dealer)> PrepareAsync(IServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<PortalDbContextFactory>();
        await using var db = await contexts.CreateForSystemAsync("bench");
        var biggest = await db.Shipments.GroupBy(s => s.PartnerId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        db.Users.AddRange(
            new PortalUser { Id = "bench-manager", UserName = "manager@bench", NormalizedUserName = "MANAGER@BENCH", DisplayName = "Manager" },
            new PortalUser { Id = "bench-dealer", UserName = "dealer@bench", NormalizedUserName = "DEALER@BENCH", DisplayName = "Dealer", PartnerId = biggest });
        db.ManagerRegions.AddRange(new ManagerRegion { UserId = "bench-manager", RegionId = 1 }, new ManagerRegion { UserId = "bench-manager", RegionId = 2 });
        await db.SaveChangesAsync();
        return (new CurrentUser("bench-manager", "manager@bench", [PortalRoles.ChannelManager]),
            new CurrentUser("bench-dealer", "dealer@bench", [PortalRoles.Dealer]));
    }

    private sealed class SwitchableUser : ICurrentUserAccessor
    {
        public CurrentUser User { get; set; } = CurrentUser.Anonymous;
        public Task<CurrentUser> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(User);
    }

    /// <summary>The last day of the benchmark's year, in China.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
        public override TimeZoneInfo LocalTimeZone { get; } = TimeZoneInfo.CreateCustomTimeZone("China", TimeSpan.FromHours(8), "China", "China");
    }
}
