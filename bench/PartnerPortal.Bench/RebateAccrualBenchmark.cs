using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Rebates;
using PartnerPortal.Infrastructure.Seeding;

namespace PartnerPortal.Bench;

/// <summary>
/// One full rebate accrual run for a quarter of 250,000 shipped order lines, 2,000 partners and five active policies,
/// then the same run again, which must change nothing. Arguments: [--sql] to break both runs down (queries, SaveChanges,
/// the rest) and list the slowest SQL of the first run with its query plan.
/// </summary>
internal static class RebateAccrualBenchmark
{
    private const double TargetSeconds = 10;
    private const long TargetMegabytes = 500;
    private static readonly DateOnly Day = new(2026, 8, 15);

    public static async Task RunAsync(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var traceSql = args.Contains("--sql");
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
            var timer = new CommandTimer();
            var services = new ServiceCollection().AddLogging().AddPortalInfrastructure(configuration);
            services.AddSingleton<IInterceptor>(timer);
            services.AddSingleton<ICurrentUserAccessor>(new BenchUser(CurrentUser.Anonymous));
            services.AddDataProtection().UseEphemeralDataProtectionProvider();
            services.AddIdentityCore<PortalUser>().AddPortalIdentityStores();
            await using var provider = services.BuildServiceProvider();

            var clock = Stopwatch.StartNew();
            await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            Console.WriteLine($"Database created and migrated: {clock.Elapsed.TotalSeconds:F1} s");

            clock.Restart();
            var seeded = RebateBenchData.Seed(connectionString);
            var seedTime = clock.Elapsed;
            Console.WriteLine($"Seeded {seeded.Tables.Sum(t => t.Rows):N0} rows in {seedTime.TotalSeconds:F1} s: " +
                string.Join(", ", seeded.Tables.Select(t => $"{t.Table} {t.Rows:N0}")));
            Console.WriteLine("Shipped order lines per quarter: " +
                string.Join(", ", seeded.LinesPerQuarter.Select((n, q) => $"Q{q + 1} {n:N0}")));

            var contexts = new PortalDbContextFactory(provider.GetRequiredService<IDbContextFactory<PortalDbContext>>(),
                new BenchUser(CurrentUser.Anonymous));
            var policies = await AddPoliciesAsync(contexts);
            Console.WriteLine($"{policies.Count} active quarterly policies for 2026, all stackable");

            var runner = new RebateAccrualRunner(contexts, TimeProvider.System);
            var period = RebatePeriod.Containing(RebatePeriodType.Quarter, Day);
            var peakBefore = Process.GetCurrentProcess().PeakWorkingSet64;
            var peakReset = ResetPeakWorkingSet();
            var workingSetBefore = Process.GetCurrentProcess().WorkingSet64;
            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

            timer.Enabled = traceSql;
            var (first, firstTime, firstCpu) = await TimeAsync(() => runner.RecalculatePeriodContainingAsync(Day));
            var firstSql = timer.Take();
            var (second, secondTime, secondCpu) = await TimeAsync(() => runner.RecalculatePeriodContainingAsync(Day));
            var secondSql = timer.Take();
            timer.Enabled = false;

            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var heap = GC.GetTotalMemory(forceFullCollection: false);
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;

            Console.WriteLine(RunLine("First run ", period, firstTime, firstCpu, first));
            var idempotent = second.Added == 0 && second.Changed == 0 && second.Removed == 0;
            Console.WriteLine(RunLine("Second run", period, secondTime, secondCpu, second) +
                (idempotent ? "  nothing changed, as it should" : "  CHANGED ROWS: not idempotent"));
            await ReportAccrualsAsync(contexts, policies);
            Console.WriteLine(peakReset
                ? $"Peak working set during the runs: {peak / Mb} MB (target < {TargetMegabytes} MB; {workingSetBefore / Mb} MB when they began, " +
                  $"{peakBefore / Mb} MB at most while seeding)"
                : $"Peak working set: {peak / Mb} MB (target < {TargetMegabytes} MB, includes seeding)");
            Console.WriteLine($"Allocated during the runs: {allocated / Mb:N0} MB; managed heap after the runs: {heap / Mb:N0} MB");

            if (traceSql)
            {
                Console.WriteLine();
                ReportSqlTotals("First run ", firstTime, firstSql);
                ReportSqlTotals("Second run", secondTime, secondSql);
                await ReportSlowestSqlAsync(contexts, firstSql.Commands);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private const long Mb = 1024 * 1024;

    private static string RunLine(string label, RebatePeriod period, TimeSpan elapsed, TimeSpan cpu, RecalculationResult result) =>
        $"{label} ({period.Label}): {elapsed.TotalSeconds,6:F2} s (target < {TargetSeconds:F0} s; CPU {cpu.TotalSeconds:F2} s)  {result}";

    /// <summary>Wall-clock and processor time of one run; on a busy machine the two differ.</summary>
    private static async Task<(T Result, TimeSpan Elapsed, TimeSpan Cpu)> TimeAsync<T>(Func<Task<T>> run)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await run();
        return (result, clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    /// <summary>Five policies over the same quarters, mixing bases, modes, scopes and a cap.</summary>
    private static async Task<List<RebatePolicy>> AddPoliciesAsync(PortalDbContextFactory contexts)
    {
        var all = Enumerable.Range(1, RebateBenchData.Regions.Length).ToList();
        RebatePolicy Policy(int n, string name, RebateBasis basis, RebateMode mode, RebateTier[] tiers) => new()
        {
            Code = $"RB-{n:D4}", Name = name, Status = RebatePolicyStatus.Active, PeriodType = RebatePeriodType.Quarter,
            StartsOn = RebateBenchData.FirstDay, EndsOn = RebateBenchData.LastDay, Basis = basis, Mode = mode,
            RateKind = RebatePolicyRules.RateKindFor(basis), Tiers = tiers, Stackable = true, RegionIds = all,
            CreatedByUserId = "bench", CreatedAt = DateTimeOffset.UtcNow, ActivatedAt = DateTimeOffset.UtcNow,
        };

        List<RebatePolicy> policies =
        [
            Policy(1, "全国季度返利", RebateBasis.NetAmount, RebateMode.Retroactive,
                [new(1_500_000m, 0.5m), new(3_000_000m, 1m), new(6_000_000m, 1.5m), new(10_000_000m, 2m)]),
            Policy(2, "华东华南增量返利", RebateBasis.NetAmount, RebateMode.Incremental,
                [new(0m, 0.2m), new(2_000_000m, 0.5m), new(5_000_000m, 1m)]),
            Policy(3, "战略与核心客户返利", RebateBasis.NetAmount, RebateMode.Retroactive,
                [new(3_000_000m, 0.5m), new(6_000_000m, 1m), new(10_000_000m, 1.5m), new(15_000_000m, 2m)]),
            Policy(4, "空调冰箱品类返利", RebateBasis.NetAmount, RebateMode.Retroactive,
                [new(300_000m, 1m), new(800_000m, 2m), new(1_500_000m, 3m)]),
            Policy(5, "按台数返利", RebateBasis.Quantity, RebateMode.Retroactive,
                [new(500m, 2m), new(1_000m, 3m), new(2_000m, 5m), new(3_000m, 8m)]),
        ];
        policies[1].RegionIds = [1, 2];
        policies[2].PartnerTarget = RebatePartnerTarget.Tiers;
        policies[2].PartnerTiers = [PartnerTier.Strategic, PartnerTier.Core];
        policies[2].CapPerPeriod = 100_000m;
        policies[3].ProductTarget = RebateProductTarget.Categories;
        policies[3].CategoryIds = [1, 2];

        foreach (var policy in policies)
        {
            var problems = RebatePolicyRules.Validate(policy.ToDraft());
            if (problems.Count > 0)
                throw new InvalidOperationException($"{policy.Code} is invalid: {string.Join(", ", problems.Select(p => $"{p.Field} {p.Code}"))}");
        }
        await using var db = await contexts.CreateForSystemAsync("bench");
        db.RebatePolicies.AddRange(policies);
        await db.SaveChangesAsync();
        return policies;
    }

    private static async Task ReportAccrualsAsync(PortalDbContextFactory contexts, List<RebatePolicy> policies)
    {
        await using var db = await contexts.CreateForSystemAsync("bench");
        var rows = await db.RebateAccruals.CountAsync();
        var total = rows == 0 ? 0m : await db.RebateAccruals.SumAsync(a => a.Amount);
        Console.WriteLine($"Accrual rows: {rows:N0}; total accrued: ¥{total:N2}");
        var perPolicy = await db.RebateAccruals.GroupBy(a => a.PolicyId)
            .Select(g => new
            {
                PolicyId = g.Key, Rows = g.Count(), Reached = g.Count(a => a.TierReached > 0), Capped = g.Count(a => a.Capped),
                Total = g.Sum(a => a.Amount),
            })
            .ToListAsync();
        foreach (var policy in policies)
        {
            var p = perPolicy.FirstOrDefault(x => x.PolicyId == policy.Id);
            Console.WriteLine($"  {policy.Code} {policy.Basis,-9} {policy.Mode,-11} {p?.Rows ?? 0,5:N0} partners, " +
                $"{p?.Reached ?? 0,5:N0} on a tier, {p?.Capped ?? 0,4:N0} capped, ¥{p?.Total ?? 0m,16:N2}");
        }
    }

    /// <summary>Where a run's time went: SQL, SaveChanges (its commands included) and the rest.</summary>
    private static void ReportSqlTotals(string label, TimeSpan elapsed, (List<TimedCommand> Commands, TimeSpan SaveChanges) run)
    {
        var reads = run.Commands.Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)).ToList();
        var sums = reads.Where(c => c.Sql.Contains("GROUP BY", StringComparison.Ordinal)).ToList();
        var writes = run.Commands.Except(reads).ToList();
        Console.WriteLine($"{label}: {elapsed.TotalSeconds:F2} s = {reads.Count} queries {reads.Sum(c => c.Duration.TotalSeconds):F2} s " +
            $"(grouped sums: {string.Join(" + ", sums.Select(c => $"{c.Duration.TotalSeconds:F2}"))} s), " +
            $"SaveChanges {run.SaveChanges.TotalSeconds:F2} s ({writes.Count} commands, {writes.Sum(c => c.Duration.TotalSeconds):F2} s in SQL), " +
            $"other {(elapsed - TimeSpan.FromSeconds(reads.Sum(c => c.Duration.TotalSeconds)) - run.SaveChanges).TotalSeconds:F2} s");
    }

    /// <summary>The run's slowest SQL, with SQLite's plan for each slow query.</summary>
    private static async Task ReportSlowestSqlAsync(PortalDbContextFactory contexts, List<TimedCommand> commands)
    {
        await using var db = await contexts.CreateForSystemAsync("bench");
        await db.Database.OpenConnectionAsync(); // registers ef_sum and the other functions EF's SQL uses
        var connection = db.Database.GetDbConnection();
        foreach (var command in commands.OrderByDescending(c => c.Duration).Take(6))
        {
            Console.WriteLine();
            Console.WriteLine($"--- {command.Duration.TotalMilliseconds:F0} ms, {command.Rows:N0} reads or rows written; " +
                string.Join(", ", command.Parameters.Select(p => $"{p.Name}={p.Value}")));
            Console.WriteLine(command.Sql);
            if (!command.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)) continue;
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + command.Sql;
            foreach (var (name, value) in command.Parameters) explain.Parameters.Add(new SqliteParameter(name, value ?? DBNull.Value));
            await using var reader = await explain.ExecuteReaderAsync();
            Console.WriteLine("plan:");
            while (await reader.ReadAsync()) Console.WriteLine($"  {reader.GetInt32(0),3} {reader.GetInt32(1),3}  {reader.GetString(3)}");
        }
    }

    /// <summary>Lets the peak working set measure the runs alone (Linux: writing 5 to clear_refs resets the peak).</summary>
    private static bool ResetPeakWorkingSet()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
