using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Statements;

namespace PartnerPortal.Bench;

/// <summary>
/// The order list's Excel export at its largest: 100,000 order lines (25,000 orders of four lines, Chinese partner and
/// product names), generated in memory as an async stream, written with <see cref="OrderListWorkbook"/> to a temp file.
/// Prints the time, the file size and the peak working set against the 1 GB target. Arguments: [lines].
/// </summary>
internal static class OrderExportBenchmark
{
    private const long TargetMegabytes = 1024;
    private const long Mb = 1024 * 1024;
    private const int LinesPerOrder = 4;

    public static async Task RunAsync(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var lines = args.Length > 0 && int.TryParse(args[0], out var n) && n > 0 ? n : 100_000;
        var path = Path.Combine(Path.GetTempPath(), $"pp-order-export-{Guid.NewGuid():N}.xlsx");
        try
        {
            using var process = Process.GetCurrentProcess();
            var workingSetBefore = process.WorkingSet64;
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                await OrderListWorkbook.WriteAsync(Rows(lines), DocumentText.English(), file, CancellationToken.None);
            var elapsed = clock.Elapsed;
            process.Refresh();
            var peak = process.PeakWorkingSet64;
            var cpu = process.TotalProcessorTime - cpuBefore;
            var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
            var size = new FileInfo(path).Length;

            Console.WriteLine($"Order export: {lines:N0} order lines × 12 columns ({lines / LinesPerOrder:N0} orders) in " +
                              $"{elapsed.TotalSeconds:F1} s (CPU {cpu.TotalSeconds:F1} s)");
            Console.WriteLine($"File: {size / 1024.0 / 1024.0:F1} MB ({size:N0} bytes)");
            Console.WriteLine($"Peak working set: {peak / Mb:N0} MB (target < {TargetMegabytes:N0} MB; {workingSetBefore / Mb:N0} MB before the export) " +
                              (peak / Mb < TargetMegabytes ? "OK" : "OVER"));
            Console.WriteLine($"Allocated during the export: {allocated / Mb:N0} MB; Gen2 collections: {GC.CollectionCount(2)}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static readonly string[] PartnerNames =
    [
        "上海恒通电器贸易有限公司", "杭州百联家电销售有限公司", "南京鑫源商贸有限公司", "广州华盛电器有限公司", "苏州瑞丰电子科技有限公司",
        "深圳市万家乐商贸有限公司", "宁波东方家电城", "厦门海峡电器连锁有限公司",
    ];

    private static readonly (string Sku, string Name, string NameEn, decimal Price)[] Products =
    [
        ("AC-1P-INV", "1匹变频挂机空调", "1 HP inverter wall air conditioner", 2_399m),
        ("AC-3P-CAB", "3匹柜机空调", "3 HP floor-standing air conditioner", 6_899m),
        ("RF-520-FD", "520升法式多门冰箱", "520 L French-door refrigerator", 5_499m),
        ("WM-10KG-FL", "10公斤滚筒洗衣机", "10 kg front-loading washer", 2_999m),
        ("TV-65-MINI", "65英寸 Mini LED 电视", "65\" Mini LED TV", 6_499m),
        ("MW-23L", "23升微波炉", "23 L microwave oven", 499m),
        ("RH-TOP-7", "顶吸式抽油烟机", "Top-suction range hood", 1_899m),
        ("DW-13SET", "13套嵌入式洗碗机", "13-place built-in dishwasher", 3_799m),
    ];

    private static readonly OrderStatus[] Statuses =
    [
        OrderStatus.Completed, OrderStatus.Shipped, OrderStatus.PartiallyShipped, OrderStatus.Approved, OrderStatus.Submitted,
        OrderStatus.Cancelled,
    ];

    /// <summary>Newest order first, four lines each, as the export service streams them.</summary>
    private static async IAsyncEnumerable<OrderExportRow> Rows(int count, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var start = new DateTimeOffset(2026, 11, 20, 18, 0, 0, TimeSpan.FromHours(8));
        var orders = (count + LinesPerOrder - 1) / LinesPerOrder;
        var written = 0;
        for (var o = 0; o < orders && written < count; o++)
        {
            ct.ThrowIfCancellationRequested();
            var partner = o % 2_000;
            var submitted = start.AddMinutes(-7 * o);
            var status = Statuses[o % Statuses.Length];
            var lines = new (string Sku, string Name, string NameEn, decimal Price, int Quantity)[Math.Min(LinesPerOrder, count - written)];
            for (var l = 0; l < lines.Length; l++)
            {
                var p = Products[(o + l * 3) % Products.Length];
                lines[l] = (p.Sku, p.Name, p.NameEn, p.Price, 1 + (o * 7 + l) % 40);
            }
            var orderTotal = lines.Sum(l => l.Price * l.Quantity);
            foreach (var l in lines)
            {
                var shipped = status is OrderStatus.Completed or OrderStatus.Shipped ? l.Quantity
                    : status == OrderStatus.PartiallyShipped ? l.Quantity / 2 : 0;
                yield return new OrderExportRow($"SO-2026-{orders - o:D6}", submitted, status, $"P{partner:D4}",
                    new LocalName(PartnerNames[partner % PartnerNames.Length], null), l.Sku, l.Name, l.NameEn, l.Quantity, shipped, l.Price,
                    l.Price * l.Quantity, orderTotal);
                written++;
            }
            if (o % 1_000 == 0) await Task.Yield();
        }
    }
}
