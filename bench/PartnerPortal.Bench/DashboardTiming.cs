using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Access;

namespace PartnerPortal.Bench;

/// <summary>One set of figures the benchmark times: who asks, and the call that loads them.</summary>
internal sealed record DashboardScope(string Label, CurrentUser Caller, Func<IServiceProvider, Task<object?>> Run)
{
    public static DashboardScope Of<T>(string label, CurrentUser caller, Func<IServiceProvider, Task<T>> run) =>
        new(label, caller, async sp => await run(sp));
}

/// <summary>Times a scope cold and warm with the process's CPU time, and breaks a run down into its SQL.</summary>
internal static class DashboardTiming
{
    private const int WarmRuns = 5;

    /// <summary>Prints the scope's cold run and warm median and worst; false when the cold or the worst warm run is over the target.</summary>
    public static async Task<bool> MeasureAsync(DashboardScope scope, IServiceProvider provider, Action<CurrentUser> signIn, double target)
    {
        signIn(scope.Caller);
        async Task<(double Wall, double Cpu)> Once()
        {
            await using var services = provider.CreateAsyncScope();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var result = await scope.Run(services.ServiceProvider);
            if (result is null) throw new InvalidOperationException($"{scope.Label}: nothing returned.");
            return (watch.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        }
        var cold = await Once();
        var warm = new List<(double Wall, double Cpu)>();
        for (var i = 0; i < WarmRuns; i++) warm.Add(await Once());
        var median = warm.OrderBy(w => w.Wall).ElementAt(WarmRuns / 2);
        var worst = warm.Max(w => w.Wall);
        var ok = cold.Wall < target && worst < target;
        Console.WriteLine($"{scope.Label,-55} cold {cold.Wall,5:F2} s (CPU {cold.Cpu:F2}), warm median {median.Wall,5:F2} s (CPU {median.Cpu:F2}), " +
            $"worst {worst,5:F2} s; load {MachineLoad.OneMinute()}  {(ok ? $"under {target:F0} s" : "OVER TARGET")}");
        return ok;
    }

    /// <summary>One more (warm) run of the scope with its SQL: each statement's runs, time and rows, and the slowest one's plan.</summary>
    public static async Task ReportSqlAsync(DashboardScope scope, IServiceProvider provider, Action<CurrentUser> signIn, CommandTimer timer)
    {
        signIn(scope.Caller);
        timer.Take();
        timer.Enabled = true;
        var watch = Stopwatch.StartNew();
        await using (var services = provider.CreateAsyncScope())
            await scope.Run(services.ServiceProvider);
        watch.Stop();
        timer.Enabled = false;
        var commands = timer.Take().Commands;
        Console.WriteLine();
        Console.WriteLine($"{scope.Label}, warm: {watch.Elapsed.TotalSeconds:F2} s, {commands.Count} commands, " +
            $"{commands.Sum(c => c.Duration.TotalSeconds):F2} s in SQL (reading the rows included):");
        var statements = commands.GroupBy(c => c.Sql).OrderByDescending(g => g.Sum(c => c.Duration.TotalMilliseconds)).ToList();
        foreach (var g in statements)
            Console.WriteLine($"{g.Sum(c => c.Duration.TotalMilliseconds),7:F0} ms {g.Count(),3}x {g.Sum(c => c.Rows),7} rows  {g.Key.ReplaceLineEndings(" ")}");

        await using var db = await provider.GetRequiredService<IDbContextFactory<Infrastructure.Data.PortalDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync(); // registers ef_sum and the other functions EF's SQL uses
        var slowest = statements[0].OrderByDescending(c => c.Duration).First();
        await using var explain = db.Database.GetDbConnection().CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + slowest.Sql;
        foreach (var (name, value) in slowest.Parameters) explain.Parameters.Add(new SqliteParameter(name, value ?? DBNull.Value));
        await using var reader = await explain.ExecuteReaderAsync();
        Console.WriteLine("plan of the slowest:");
        while (await reader.ReadAsync()) Console.WriteLine($"  {reader.GetString(3)}");
    }
}
