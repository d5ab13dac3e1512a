using System.Diagnostics;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnerPortal.Domain.Access;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Seeding;

namespace PartnerPortal.Bench;

/// <summary>
/// Order submission on the embedded SQLite database: how many orders a second, how long each takes,
/// sequentially and with many dealers at once, against the targets. Arguments: [orders], 400 by default.
/// </summary>
internal static class OrderSubmissionBenchmark
{
    // A dealer waits for Submit: 95 in 100 orders answer within this, also with 16 dealers submitting at once.
    private const double TargetP95Milliseconds = 250;
    private const long TargetPeakMegabytes = 500;

    public static async Task RunAsync(string[] args)
    {
        var orders = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 400;
        var folder = Path.Combine(Path.GetTempPath(), "pp-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "bench.db");
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:ConnectionString"] = "Data Source=" + file,
                ["Seed:DemoData"] = "true",
                ["Seed:DemoOrderHistoryMonths"] = "6",
            }).Build();
            var services = new ServiceCollection().AddLogging().AddPortalInfrastructure(configuration);
            services.AddSingleton<ICurrentUserAccessor>(new BenchUser(CurrentUser.Anonymous));
            services.AddDataProtection().UseEphemeralDataProtectionProvider();
            services.AddIdentityCore<PortalUser>().AddPortalIdentityStores().AddDefaultTokenProviders();
            await using var provider = services.BuildServiceProvider();

            var setup = Stopwatch.StartNew();
            await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            Console.WriteLine($"Database created, migrated and seeded with demo data and 6 months of history: {setup.Elapsed.TotalSeconds:F1} s");

            var factory = provider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
            var (dealers, productId) = await PrepareAsync(provider);

            OrderSubmissionService SubmissionsFor(CurrentUser dealer)
            {
                var caller = new BenchUser(dealer);
                return new OrderSubmissionService(new PortalDbContextFactory(factory, caller), caller, TimeProvider.System,
                    provider.GetRequiredService<IOptions<OrderingOptions>>());
            }

            var sequential = await MeasureAsync(orders, 1, i => SubmissionsFor(dealers[i % dealers.Count]).SubmitAsync(
                new OrderRequest($"seq-{i}", [new RequestedLine(productId, 2)])));
            Report("sequential", orders, sequential);

            var concurrent = await MeasureAsync(orders, 16, i => SubmissionsFor(dealers[i % dealers.Count]).SubmitAsync(
                new OrderRequest($"par-{i}", [new RequestedLine(productId, 2)])));
            Report("16 at once", orders, concurrent);

            var process = Process.GetCurrentProcess();
            var peak = process.PeakWorkingSet64 / 1024 / 1024;
            Console.WriteLine($"Peak working set: {peak} MB (target < {TargetPeakMegabytes} MB) {(peak < TargetPeakMegabytes ? "OK" : "OVER")}; " +
                MachineLoad.Describe());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(List<double> Latencies, TimeSpan Elapsed, int Approved)> MeasureAsync(int count, int parallel,
        Func<int, Task<SubmissionResult>> submit)
    {
        var latencies = new List<double>(count);
        var approved = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        // Each worker on its own thread: SQLite's async calls complete synchronously.
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var one = Stopwatch.StartNew();
                var result = await submit(i);
                lock (latencies) latencies.Add(one.Elapsed.TotalMilliseconds);
                if (result.Outcome == SubmissionOutcome.Approved) Interlocked.Increment(ref approved);
            }
        })));
        return (latencies, clock.Elapsed, approved);
    }

    private static void Report(string label, int count, (List<double> Latencies, TimeSpan Elapsed, int Approved) run)
    {
        var sorted = run.Latencies.Order().ToList();
        double At(double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
        var p95 = At(0.95);
        Console.WriteLine($"{label,-11} {count} orders ({run.Approved} approved) in {run.Elapsed.TotalSeconds:F2} s: " +
            $"{count / run.Elapsed.TotalSeconds:F0} orders/s, p50 {At(0.50):F1} ms, p95 {p95:F1} ms, max {sorted[^1]:F1} ms " +
            $"(target p95 < {TargetP95Milliseconds:F0} ms) {(p95 < TargetP95Milliseconds ? "OK" : "OVER")}");
    }

    // Dealers for eight partners with room on their credit, and plenty of one product in stock.
    private static async Task<(List<CurrentUser> Dealers, int ProductId)> PrepareAsync(IServiceProvider provider)
    {
        await using var setupScope = provider.CreateAsyncScope();
        await using var db = await setupScope.ServiceProvider.GetRequiredService<PortalDbContextFactory>().CreateForSystemAsync("bench");
        var partners = await db.Partners.Where(p => p.Code != "P0004" && p.Code != "P0007").OrderBy(p => p.Code).Take(8).ToListAsync();
        foreach (var account in await db.CreditAccounts.ToListAsync()) account.ChangeSettings(account.Settings with { CreditLimit = 1_000_000_000m });
        var product = await db.Products.SingleAsync(p => p.Sku == "AC-1001");
        foreach (var level in await db.StockLevels.Where(s => s.ProductId == product.Id).ToListAsync()) level.OnHand = 1_000_000;
        await db.SaveChangesAsync();

        var dealers = new List<CurrentUser>();
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        foreach (var partner in partners)
        {
            var email = $"bench.{partner.Code.ToLowerInvariant()}@example.cn";
            var user = new PortalUser { UserName = email, Email = email, DisplayName = "Bench", PartnerId = partner.Id };
            await users.CreateAsync(user, "Bench#2026pw");
            await users.AddToRoleAsync(user, PortalRoles.Dealer);
            dealers.Add(new CurrentUser(user.Id, email, [PortalRoles.Dealer]));
        }
        return (dealers, product.Id);
    }
}
