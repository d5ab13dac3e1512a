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
/// invoice per shipment and a credit account per partner, on 31 December 2026: the channel manager's dashboard for the
/// admin (every region and one region) and for a manager of two regions, the health page, the dealer's dashboard of the
/// biggest partner and the shipment list. Each is timed cold once (the first call in the process, which also compiles its
/// queries), then five times warm; the cold run and the worst warm run both count against the target.
/// Arguments: [--sql] lists the SQL of each manager scope after the timing; [--keep] keeps the database file;
/// [--db PATH] times a database kept earlier instead of seeding a new one; [--scope TEXT] times only the scopes whose
/// label contains the text.
/// </summary>
internal static class DashboardBenchmark
{
    private const double TargetSeconds = 1;

    public static async Task RunAsync(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var reuse = args.SkipWhile(a => a != "--db").Skip(1).FirstOrDefault();
        var folder = reuse is null ? Path.Combine(Path.GetTempPath(), "pp-bench-" + Guid.NewGuid().ToString("N")) : Path.GetDirectoryName(Path.GetFullPath(reuse))!;
        Directory.CreateDirectory(folder);
        var connectionString = "Data Source=" + (reuse is null ? Path.Combine(folder, "bench.db") : Path.GetFullPath(reuse));
        if (reuse is not null && !File.Exists(Path.GetFullPath(reuse))) throw new FileNotFoundException("No database to reuse.", reuse);
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
            if (reuse is null)
            {
                var seeded = RebateBenchData.Seed(connectionString, withLedger: true);
                Console.WriteLine($"Seeded {seeded.Tables.Sum(t => t.Rows):N0} rows in {clock.Elapsed.TotalSeconds:F1} s: " +
                    string.Join(", ", seeded.Tables.Select(t => $"{t.Table} {t.Rows:N0}")));
                // The rows went in past the context, so the partners' month totals are summed once from the shipments.
                var summing = Stopwatch.StartNew();
                await using (var scope = provider.CreateAsyncScope())
                await using (var db = await scope.ServiceProvider.GetRequiredService<PortalDbContextFactory>().CreateForSystemAsync("bench"))
                {
                    var totals = await ShipmentMonthTotals.RebuildAsync(db);
                    Console.WriteLine($"Summed the shipments into {totals:N0} partner month totals in {summing.Elapsed.TotalSeconds:F1} s");
                }
            }
            else Console.WriteLine($"Reusing {reuse} (migrated in {clock.Elapsed.TotalSeconds:F1} s)");
            var (manager, biggest) = await PrepareAsync(provider);
            var admin = new CurrentUser("bench-admin", "admin@bench", [PortalRoles.Admin]);

            DashboardScope[] scopes =
            [
                DashboardScope.Of("Manager home, admin (4 regions, 2,000 partners)", admin, sp => sp.GetRequiredService<ManagerDashboardService>().GetAsync(null)),
                DashboardScope.Of("Manager home, admin, one region (500 partners)", admin, sp => sp.GetRequiredService<ManagerDashboardService>().GetAsync(1)),
                DashboardScope.Of("Manager home, manager of 华东 + 华南 (1,000 partners)", manager, sp => sp.GetRequiredService<ManagerDashboardService>().GetAsync(null)),
                DashboardScope.Of("Partner health page, admin (all scores, first 25)", admin,
                    sp => sp.GetRequiredService<PartnerHealthService>().ListAsync(new PageRequest(0, 25), null, null)),
                DashboardScope.Of("Partner health page, manager of 2 regions", manager,
                    sp => sp.GetRequiredService<PartnerHealthService>().ListAsync(new PageRequest(0, 25), null, null)),
                DashboardScope.Of("Dealer home of the biggest partner", biggest, sp => sp.GetRequiredService<DealerDashboardService>().GetAsync()),
                // The lists behind the shipped amounts: a region's year (the sales table's link) and every shipment, first page.
                DashboardScope.Of("Shipment list, admin, one region, this year (first 25)", admin,
                    sp => sp.GetRequiredService<ShipmentQueryService>().ListAsync(new PageRequest(0, 25),
                        new ShipmentFilter(RegionId: 1, From: new DateOnly(2026, 1, 1), To: new DateOnly(2026, 12, 31)))),
                DashboardScope.Of("Shipment list, admin, everything (first 25)", admin,
                    sp => sp.GetRequiredService<ShipmentQueryService>().ListAsync(new PageRequest(0, 25), new ShipmentFilter())),
            ];
            var only = args.SkipWhile(a => a != "--scope").Skip(1).FirstOrDefault();
            if (only is not null) scopes = scopes.Where(s => s.Label.Contains(only, StringComparison.OrdinalIgnoreCase)).ToArray();
            var over = 0;
            foreach (var scope in scopes)
            {
                if (!await DashboardTiming.MeasureAsync(scope, provider, u => user.User = u, TargetSeconds)) over++;
            }
            Console.WriteLine(over == 0
                ? $"Every figure under the {TargetSeconds:F0}-second target, cold and warm."
                : $"{over} of {scopes.Length} scopes OVER THE {TargetSeconds:F0}-SECOND TARGET (cold or warm).");
            if (over > 0) Environment.ExitCode = 1;
            Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB (includes seeding); {MachineLoad.Describe()}");

            if (args.Contains("--sql"))
            {
                foreach (var scope in scopes.Take(3))
                    await DashboardTiming.ReportSqlAsync(scope, provider, u => user.User = u, timer);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (reuse is null && args.Contains("--keep")) Console.WriteLine($"Database kept: {connectionString} (time it again with --db PATH)");
            else if (reuse is null) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A manager of regions 1 and 2, and a dealer user of the partner that bought most (added once, also to a reused database).</summary>
    private static async Task<(CurrentUser Manager, CurrentUser Dealer)> PrepareAsync(IServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<PortalDbContextFactory>();
        await using var db = await contexts.CreateForSystemAsync("bench");
        if (!await db.Users.AnyAsync(u => u.Id == "bench-manager"))
        {
            var biggest = await db.Shipments.GroupBy(s => s.PartnerId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            db.Users.AddRange(
                new PortalUser { Id = "bench-manager", UserName = "manager@bench", NormalizedUserName = "MANAGER@BENCH", DisplayName = "Manager" },
                new PortalUser { Id = "bench-dealer", UserName = "dealer@bench", NormalizedUserName = "DEALER@BENCH", DisplayName = "Dealer", PartnerId = biggest });
            db.ManagerRegions.AddRange(new ManagerRegion { UserId = "bench-manager", RegionId = 1 }, new ManagerRegion { UserId = "bench-manager", RegionId = 2 });
            await db.SaveChangesAsync();
        }
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
