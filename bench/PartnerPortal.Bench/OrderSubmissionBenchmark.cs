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
/// sequentially and with many dealers at once, against the targets. Arguments: [orders], 400 by default; [--sql] lists the
/// commands of one submission with their times.
/// </summary>
internal static class OrderSubmissionBenchmark
{
    // A dealer waits for Submit: 95 in 100 orders answer within this, also with 16 dealers submitting at once.
    private const double TargetP95Milliseconds = 250;
    // With 16 dealers at once no submission waits longer than this (SQLite writes one at a time: each waits its turn),
    // and one instance takes at least this many orders a second.
    private const double TargetWorstMilliseconds = 250;
    private const double TargetOrdersPerSecond = 200;
    private const long TargetPeakMegabytes = 500;

    public static async Task RunAsync(string[] args)
    {
        var orders = args.FirstOrDefault(a => int.TryParse(a, out _)) is { } n ? int.Parse(n) : 400;
        var traceSql = args.Contains("--sql");
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
            var timer = new CommandTimer();
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(timer);
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
            Report("sequential", orders, sequential, concurrent: false);

            if (traceSql)
            {
                timer.Enabled = true;
                var one = Stopwatch.StartNew();
                await SubmissionsFor(dealers[0]).SubmitAsync(new OrderRequest("sql-1", [new RequestedLine(productId, 2)]));
                timer.Enabled = false;
                var (commands, saving) = timer.Take();
                Console.WriteLine($"One submission: {one.Elapsed.TotalMilliseconds:F1} ms, {commands.Count} commands " +
                    $"({commands.Sum(c => c.Duration.TotalMilliseconds):F1} ms executing), SaveChanges {saving.TotalMilliseconds:F1} ms:");
                foreach (var c in commands)
                    Console.WriteLine($"{c.Duration.TotalMilliseconds,8:F2} ms {c.Rows,5} rows  {c.Sql.ReplaceLineEndings(" ")}");
            }

            var concurrent = await MeasureAsync(orders, 16, i => SubmissionsFor(dealers[i % dealers.Count]).SubmitAsync(
                new OrderRequest($"par-{i}", [new RequestedLine(productId, 2)])));
            Report("16 at once", orders, concurrent, concurrent: true);

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

    private static async Task<Run> MeasureAsync(int count, int parallel, Func<int, Task<SubmissionResult>> submit)
    {
        var latencies = new List<double>(count);
        var approved = 0;
        var next = -1;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
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
        return new Run(latencies, clock.Elapsed, approved, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    private static void Report(string label, int count, Run run, bool concurrent)
    {
        var sorted = run.Latencies.Order().ToList();
        double At(double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
        var p95 = At(0.95);
        var worst = sorted[^1];
        var perSecond = count / run.Elapsed.TotalSeconds;
        var ok = p95 < TargetP95Milliseconds && (!concurrent || (worst < TargetWorstMilliseconds && perSecond >= TargetOrdersPerSecond));
        var targets = concurrent
            ? $"targets ≥ {TargetOrdersPerSecond:F0} orders/s, p95 < {TargetP95Milliseconds:F0} ms, max < {TargetWorstMilliseconds:F0} ms"
            : $"target p95 < {TargetP95Milliseconds:F0} ms";
        Console.WriteLine($"{label,-11} {count} orders ({run.Approved} approved) in {run.Elapsed.TotalSeconds:F2} s: " +
            $"{perSecond:F0} orders/s, p50 {At(0.50):F1} ms, p95 {p95:F1} ms, max {worst:F1} ms, " +
            $"CPU {run.Cpu.TotalMilliseconds / count:F1} ms an order ({targets}) {(ok ? "OK" : "OVER")}");
    }

    private sealed record Run(List<double> Latencies, TimeSpan Elapsed, int Approved, TimeSpan Cpu);

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
