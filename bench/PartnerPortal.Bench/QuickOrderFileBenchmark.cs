using System.Diagnostics;
using System.Text;
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
/// The quick-order upload as the cart page runs it (<see cref="CartService.ReadFileAsync"/>, then
/// <see cref="CartService.AddLinesAsync"/>) on a throw-away SQLite database with the demo data: the largest file accepted
/// (GBK, Chinese headers, <see cref="OrderFileReader.MaxLines"/> lines padded to just under <see cref="OrderFileReader.MaxBytes"/>,
/// one line in ten with an unknown SKU) read, checked and added, and files over the limits refused: 100,000 short lines
/// (under 1 MB, over the line limit) and a 20 MB file that announces no size. Prints each one's time and the memory it
/// took against the targets.
/// </summary>
internal static class QuickOrderFileBenchmark
{
    private const double TargetSeconds = 1.0;
    private const double RefusalTargetSeconds = 0.2;
    private const long TargetPeakMegabytes = 300;
    private const long Mb = 1024 * 1024;
    private const int Runs = 5;

    public static async Task RunAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pp-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:ConnectionString"] = "Data Source=" + Path.Combine(folder, "bench.db"),
                ["Seed:DemoData"] = "true",
                ["Seed:DemoOrderHistoryMonths"] = "6",
            }).Build();
            var services = new ServiceCollection().AddLogging().AddPortalInfrastructure(configuration);
            services.AddSingleton<ICurrentUserAccessor>(new BenchUser(CurrentUser.Anonymous));
            services.AddDataProtection().UseEphemeralDataProtectionProvider();
            services.AddIdentityCore<PortalUser>().AddPortalIdentityStores().AddDefaultTokenProviders();
            await using var provider = services.BuildServiceProvider();
            await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync();

            var cart = await DealerCartAsync(provider);
            var skus = await SkusAsync(provider);
            var largest = LargestAcceptedFile(skus);
            var manyLines = Encoding.ASCII.GetBytes("sku,qty\n" + string.Concat(Enumerable.Repeat("AC-1001,2\n", 100_000)));
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            Console.WriteLine($"Demo database ready; working set {process.WorkingSet64 / Mb} MB. Files: largest accepted {largest.Length:N0} bytes, " +
                $"100,000 lines {manyLines.Length:N0} bytes, oversize 20 MB.");

            var times = new List<double>();
            var allocations = new List<double>();
            QuickOrderReport? report = null;
            for (var run = 0; run <= Runs; run++)
            {
                await cart.ClearAsync();
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var clock = Stopwatch.StartNew();
                var read = await CartService.ReadFileAsync(new MemoryStream(largest, writable: false), largest.Length);
                report = await cart.AddLinesAsync(read.Rows, onlyValid: true);
                if (run == 0) continue; // the first run warms up
                times.Add(clock.Elapsed.TotalSeconds);
                allocations.Add((GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)Mb);
            }
            times.Sort();
            process.Refresh();
            Console.WriteLine($"Largest accepted file: {report!.LineCount:N0} lines read, {report.Added:N0} added, {report.InvalidCount:N0} with problems " +
                $"({report.Problems.Count} listed, {report.MoreProblems} more counted): median {times[times.Count / 2]:F3} s, worst {times[^1]:F3} s " +
                $"(target < {TargetSeconds:F1} s) {(times[^1] < TargetSeconds ? "OK" : "OVER")}; {allocations.Max():F0} MB allocated a run, " +
                $"working set {process.WorkingSet64 / Mb} MB after {Runs + 1} runs");

            await RefusalAsync("100,000 lines (under 1 MB)", () => new MemoryStream(manyLines, writable: false), manyLines.Length);
            await RefusalAsync("20 MB, size not announced", () => new ZeroStream(20 * Mb), declaredSize: null);

            process.Refresh();
            Console.WriteLine($"Peak working set: {process.PeakWorkingSet64 / Mb} MB (target < {TargetPeakMegabytes} MB) " +
                (process.PeakWorkingSet64 / Mb < TargetPeakMegabytes ? "OK" : "OVER") + "; " + MachineLoad.Describe());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task RefusalAsync(string label, Func<Stream> open, long? declaredSize)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        await using var stream = open();
        var read = await CartService.ReadFileAsync(stream, declaredSize);
        var elapsed = clock.Elapsed.TotalSeconds;
        var megabytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)Mb;
        Console.WriteLine($"Refused {label}: {string.Join(", ", read.Problems.Select(p => p.Code))} in {elapsed:F3} s, {megabytes:F1} MB allocated, " +
            $"{stream.Position / (double)Mb:F1} MB read (target < {RefusalTargetSeconds:F1} s) {(elapsed < RefusalTargetSeconds && read.Rows.Count == 0 ? "OK" : "OVER")}");
    }

    /// <summary>GBK text as Excel writes it: Chinese headers, a name and a note per line, padded to just under the size limit.</summary>
    private static byte[] LargestAcceptedFile(IReadOnlyList<string> skus)
    {
        var gbk = TextFileEncoding.Gb18030;
        const string header = "物料编码,数量,商品名称,备注\r\n";
        var lineBudget = (OrderFileReader.MaxBytes - gbk.GetByteCount(header)) / OrderFileReader.MaxLines;
        var text = new StringBuilder(header);
        for (var i = 0; i < OrderFileReader.MaxLines; i++)
        {
            var sku = i % 10 == 9 ? $"NOPE-{i}" : skus[i % skus.Count];
            var line = new StringBuilder($"{sku},{2 + i % 7 * 2},变频空调 一级能效,");
            while (gbk.GetByteCount(line.ToString()) + 2 < lineBudget - 4) line.Append("按时送货");
            text.Append(line).Append("\r\n");
        }
        return gbk.GetBytes(text.ToString());
    }

    private static async Task<List<string>> SkusAsync(IServiceProvider provider)
    {
        await using var db = await provider.GetRequiredService<PortalDbContextFactory>().CreateForSystemAsync("bench");
        // Products sold in ones with a minimum of at most 2, so that the quantities above are orderable.
        return await db.Products.Where(p => p.IsActive && p.OrderMultiple == 1 && p.MinOrderQuantity <= 2).OrderBy(p => p.Sku).Select(p => p.Sku).ToListAsync();
    }

    private static async Task<CartService> DealerCartAsync(IServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync("dealer@demo.partnerportal.local")
            ?? throw new InvalidOperationException("The demo dealer is missing.");
        var caller = new BenchUser(new CurrentUser(user.Id, user.Email!, [PortalRoles.Dealer]));
        var contexts = new PortalDbContextFactory(provider.GetRequiredService<IDbContextFactory<PortalDbContext>>(), caller);
        var ordering = provider.GetRequiredService<IOptions<OrderingOptions>>();
        return new CartService(contexts, caller, new OrderSubmissionService(contexts, caller, TimeProvider.System, ordering),
            TimeProvider.System, ordering);
    }

    /// <summary>A stream of zeros of a given length that never holds it in memory.</summary>
    private sealed class ZeroStream(long length) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Position);
            Array.Clear(buffer, offset, n);
            Position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
