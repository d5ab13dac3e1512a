using System.Diagnostics;
using System.Globalization;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Statements;
using PartnerPortal.Infrastructure.Documents;
using PartnerPortal.Infrastructure.Statements;

namespace PartnerPortal.Bench;

/// <summary>
/// The account statement PDF at its largest: 5,000 ledger lines (a busy distributor's year) built in memory, rendered
/// with <see cref="AccountStatementPdf"/> a few times after one warm-up run. Prints each run's time against the 2-second
/// target, the pages, the file size and the peak working set. Arguments: [lines].
/// </summary>
internal static class StatementPdfBenchmark
{
    private const double TargetSeconds = 2;
    private const int Runs = 5;
    private const long Mb = 1024 * 1024;

    public static void Run(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var count = args.Length > 0 && int.TryParse(args[0], out var n) && n > 0 ? n : 5_000;
        var statement = Statement(count);
        var text = DocumentText.English();

        var warmUp = Render(statement, text);
        Console.WriteLine($"Account statement PDF: {count:N0} lines, {warmUp.Pages:N0} pages, {warmUp.Bytes / 1024.0:N0} KB " +
                          $"({warmUp.Bytes:N0} bytes); warm-up run (font loading, JIT) {warmUp.Elapsed.TotalSeconds:F2} s");
        var times = new List<double>();
        for (var i = 1; i <= Runs; i++)
        {
            var run = Render(statement, text);
            times.Add(run.Elapsed.TotalSeconds);
            // CPU time beside the wall time: on a busy shared machine the wall time also counts the waits for a core.
            Console.WriteLine($"  run {i}: {run.Elapsed.TotalSeconds:F2} s ({run.Cpu.TotalSeconds:F2} s of CPU)");
        }
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var worst = times.Max();
        Console.WriteLine($"Median {times.Order().ElementAt(times.Count / 2):F2} s, worst {worst:F2} s (target < {TargetSeconds:F0} s) " +
                          (worst < TargetSeconds ? "OK" : "OVER"));
        Console.WriteLine($"Peak working set: {process.PeakWorkingSet64 / Mb:N0} MB");

        var path = Path.Combine(Path.GetTempPath(), $"pp-statement-{count}.pdf");
        File.WriteAllBytes(path, warmUp.Pdf);
        Console.WriteLine($"The PDF: {path}");
    }

    private static (TimeSpan Elapsed, TimeSpan Cpu, int Pages, long Bytes, byte[] Pdf) Render(AccountStatement statement, DocumentText text)
    {
        using var output = new MemoryStream();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        AccountStatementPdf.Write(statement, text, output);
        var elapsed = clock.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var pdf = output.ToArray();
        return (elapsed, cpu, CountPages(pdf), pdf.Length, pdf);
    }

    /// <summary>The "/Type /Page" objects Skia writes, one per page.</summary>
    private static int CountPages(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var pages = 0;
        for (var i = text.IndexOf("/Type /Page", StringComparison.Ordinal); i >= 0; i = text.IndexOf("/Type /Page", i + 1, StringComparison.Ordinal))
        {
            if (i + 11 >= text.Length || !char.IsLetter(text[i + 11])) pages++; // not "/Type /Pages"
        }
        return pages;
    }

    private static AccountStatement Statement(int count)
    {
        var party = new StatementParty(7, "P0001", "上海恒通电器贸易有限公司", "Shanghai Hengtong Electrical Trading", PartnerType.Distributor,
            PartnerTier.Core, "华东", "East China");
        var from = new DateOnly(2026, 1, 1);
        var movements = Enumerable.Range(0, count).Select(i =>
        {
            var kind = (i % 5) switch { 3 => LedgerEntryKind.Payment, 4 when i % 3 == 0 => LedgerEntryKind.CreditNote, _ => LedgerEntryKind.Invoice };
            var amount = kind switch
            {
                LedgerEntryKind.Invoice => 1_000m + i * 37.31m % 90_000m,
                LedgerEntryKind.Payment => 150_000m + i * 11.17m % 40_000m,
                _ => 2_000m + i * 3.19m % 8_000m,
            };
            var reference = kind switch
            {
                LedgerEntryKind.Payment => $"银行转账 中国工商银行上海分行 {i:D6}",
                LedgerEntryKind.CreditNote => $"RB-2026Q{1 + i * 4 / count} 季度采购返利",
                _ => $"SO-2026-{100_000 + i}",
            };
            var prefix = kind switch { LedgerEntryKind.Payment => "PAY", LedgerEntryKind.CreditNote => "CN", _ => "INV" };
            return new LedgerMovement(from.AddDays(i * 364 / count), kind, $"{prefix}-2026-{i + 1:D6}", reference, amount);
        }).ToList();
        var lines = StatementRules.RunningBalance(50_000m, movements);
        var closing = lines[^1].Balance;
        return new AccountStatement(party, from, new DateOnly(2026, 12, 31), 50_000m, lines, closing,
            new AgeingBuckets(closing * 0.6m, closing * 0.2m, closing * 0.1m, closing * 0.05m, closing * 0.05m), 2_000_000m,
            2_000_000m - closing, DateTimeOffset.Now);
    }
}
