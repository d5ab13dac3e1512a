using System.Globalization;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Domain.Statements;
using PartnerPortal.Infrastructure.Rebates;
using PartnerPortal.Infrastructure.Statements;

namespace PartnerPortal.Infrastructure.Tests.Documents;

/// <summary>Statements built by hand, with figures worked out by hand, for the PDF tests.</summary>
internal static class StatementSamples
{
    public static readonly StatementParty Party = new(7, "P0001", "上海恒通电器贸易有限公司", "Shanghai Hengtong Electrical Trading",
        PartnerType.Distributor, PartnerTier.Core, "华东", "East China");

    /// <summary>9:30 on 1 April 2026 on the clock of the machine running the tests, whatever its time zone.</summary>
    public static readonly DateTimeOffset GeneratedAt = new(new DateTime(2026, 4, 1, 9, 30, 0, DateTimeKind.Local));

    // 10,000.00 + 5,000.00 - 8,000.00 + 12,345.67 - 1,000.50 = 18,345.17
    public static readonly StatementLine[] FourLines =
    [
        new(new DateOnly(2026, 1, 5), LedgerEntryKind.Invoice, "INV-2026-0001", "SO-2026-000101", 5_000.00m, 0m, 15_000.00m),
        new(new DateOnly(2026, 1, 20), LedgerEntryKind.Payment, "PAY-2026-0001", "银行转账", 0m, 8_000.00m, 7_000.00m),
        new(new DateOnly(2026, 2, 10), LedgerEntryKind.Invoice, "INV-2026-0002", "SO-2026-000142", 12_345.67m, 0m, 19_345.67m),
        new(new DateOnly(2026, 3, 1), LedgerEntryKind.CreditNote, "CN-2026-0001", "RB-2026Q1", 0m, 1_000.50m, 18_345.17m),
    ];

    public static AccountStatement Account(IReadOnlyList<StatementLine>? lines = null, StatementParty? party = null)
    {
        lines ??= FourLines;
        var closing = lines.Count == 0 ? 10_000.00m : lines[^1].Balance;
        return new AccountStatement(party ?? Party, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), 10_000.00m, lines, closing,
            new AgeingBuckets(12_345.67m, 0m, 5_999.50m, 0m, 0m), 50_000.00m, 50_000.00m - closing, GeneratedAt);
    }

    /// <summary>
    /// <paramref name="count"/> lines from an opening balance of 10,000.00: invoices of 1.00 to 123,456.78 (amounts of every
    /// length), every third line a payment or a credit note.
    /// </summary>
    public static IReadOnlyList<StatementLine> ManyLines(int count)
    {
        var lines = new List<StatementLine>(count);
        var balance = 10_000.00m;
        var day = new DateOnly(2026, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var amount = (i % 6) switch { 0 => 1.00m, 1 => 12.34m, 2 => 567.89m, 3 => 4_321.00m, 4 => 65_432.10m, _ => 123_456.78m };
            var kind = (i % 3) switch { 0 or 1 => LedgerEntryKind.Invoice, _ => i % 2 == 0 ? LedgerEntryKind.Payment : LedgerEntryKind.CreditNote };
            var debit = kind == LedgerEntryKind.Invoice ? amount : 0m;
            var credit = kind == LedgerEntryKind.Invoice ? 0m : amount;
            balance += debit - credit;
            var prefix = kind switch { LedgerEntryKind.Invoice => "INV", LedgerEntryKind.Payment => "PAY", _ => "CN" };
            lines.Add(new StatementLine(day.AddDays(i / 4), kind, $"{prefix}-2026-{i + 1:00000}", $"SO-2026-{100_000 + i}", debit, credit,
                balance));
        }
        return lines;
    }

    public static RebateStatement Rebate(IReadOnlyList<RebateStatementRow>? rows = null) =>
        new(Party, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), rows ?? RebateRows, GeneratedAt);

    /// <summary>
    /// Two true-ups of 2026 Q1: a claw-back of the whole ¥15,750.00 after a return lost a retroactive tier (1,575 → 950
    /// units), and a ¥300.00 top-up of a line already counted that changed; net −¥15,450.00.
    /// </summary>
    public static readonly RebateTrueUpRow[] TrueUpRows =
    [
        new(41, "RB-0002", 1, "空调单品激励", "2026 Q1", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), RebateBasis.Quantity,
            1_575m, 950m, 0, 15_750.00m, 0m, -15_750.00m, LedgerEntryKind.DebitNote, "DN-202605-00003", new DateOnly(2026, 5, 6),
            "RMA-202604-00002"),
        new(42, "RB-0001", 2, "季度采购返利", "2026 Q1", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), RebateBasis.NetAmount,
            100_000.00m, 110_000.00m, 2, 3_000.00m, 3_300.00m, 300.00m, LedgerEntryKind.CreditNote, "CN-202605-00009",
            new DateOnly(2026, 5, 6), ""),
    ];

    // Accrued 3,000.00 + 10,000.00 + 0.00 = 13,000.00; settled 3,000.00; not yet settled 10,000.00.
    public static readonly RebateStatementRow[] RebateRows =
    [
        new("RB-0001", 2, "季度采购返利", "2026 Q1", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), RebateBasis.NetAmount,
            RebateRateKind.Percent, 100_000.00m, 2, 3m, 3_000.00m, 3_000.00m, false, null,
            new DateTimeOffset(new DateTime(2026, 4, 10, 10, 0, 0, DateTimeKind.Local)), "CN-2026-0007"),
        new("RB-0002", 1, "空调单品激励", "2026 Q1", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), RebateBasis.Quantity,
            RebateRateKind.AmountPerUnit, 6_000m, 3, 2.50m, 10_000.00m, 15_000.00m, true, 10_000.00m, null, null),
        new("RB-0001", 2, "季度采购返利", "2026 Q2", new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30), RebateBasis.NetAmount,
            RebateRateKind.Percent, 20_000.00m, 0, null, 0m, 0m, false, null, null, null),
    ];

    /// <summary>Chinese formats with the keys as the words: Chinese names show, the English text stays readable in asserts.</summary>
    public static DocumentText ChineseKeys()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("zh-CN").Clone();
        culture.NumberFormat.CurrencySymbol = "¥";
        culture.NumberFormat.CurrencyPositivePattern = 0;
        culture.NumberFormat.CurrencyNegativePattern = 1;
        return new DocumentText(key => key, culture, "PartnerPortal");
    }
}
