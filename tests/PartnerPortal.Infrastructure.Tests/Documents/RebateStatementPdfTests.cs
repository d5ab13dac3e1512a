using PartnerPortal.Infrastructure.Statements;
using UglyToad.PdfPig;
using static PartnerPortal.Infrastructure.Tests.Documents.StatementSamples;

namespace PartnerPortal.Infrastructure.Tests.Documents;

/// <summary>The rebate statement PDF, read back with PdfPig.</summary>
public sealed class RebateStatementPdfTests
{
    private static List<string> Lines(RebateStatement statement, DocumentText? text = null)
    {
        using var pdf = PdfDocument.Open(PdfReading.Render(s => RebateStatementPdf.Write(statement, text ?? ChineseKeys(), s)));
        Assert.Equal(1, pdf.NumberOfPages);
        return PdfReading.Lines(pdf.GetPage(1)).Select(l => l.Text).ToList();
    }

    [Fact]
    public void Each_row_shows_period_policy_basis_tier_rate_accrual_cap_and_settlement()
    {
        var lines = Lines(Rebate());

        Assert.Contains("Rebate statement", lines);
        Assert.Contains("Period Rebate policy Basis achieved Tier reached Field.Rate Accrued Cap Settled Credit note", lines);
        // The policy's name, then its code and version on the cell's second line.
        Assert.Contains("2026 Q1 季度采购返利 ¥100,000.00 Tier 2 3% ¥3,000.00 2026-04-10 CN-2026-0007", lines);
        // "capped at ¥10,000.00" wraps in its column.
        Assert.Contains(lines, l => l.StartsWith("2026 Q1 空调单品激励 6,000 units Tier 3 ¥2.50 / unit ¥10,000.00 capped at", StringComparison.Ordinal)
            && l.EndsWith(" Not settled", StringComparison.Ordinal));
        Assert.Contains("RB-0002 v1 ¥10,000.00", lines);
        Assert.Contains("2026 Q2 季度采购返利 ¥20,000.00 — ¥0.00 Not settled", lines);
        Assert.Equal(2, lines.Count(l => l == "RB-0001 v2"));

        Assert.Contains("Total accrued ¥13,000.00", lines);
        Assert.Contains("Total settled ¥3,000.00", lines);
        Assert.Contains("Not yet settled ¥10,000.00", lines);
        Assert.Contains("Generated 2026-04-01 09:30 Page 1 of 1", lines);
    }

    [Fact]
    public void True_ups_follow_the_accruals_with_their_line_note_cause_and_total()
    {
        var lines = Lines(Rebate() with { TrueUps = TrueUpRows }, DocumentText.English());

        var heading = lines.IndexOf("True-ups of settled periods");
        Assert.True(heading > lines.IndexOf("Not yet settled ¥10,000.00"), string.Join(" | ", lines));
        // Wrapped cells: the true-up's line, the policy with its code and version, the note's kind and number, the cause.
        Assert.Equal([
            "True-up Rebate policy Basis settled Basis now Settled before Recomputed Document Cause",
            "true-up of 空调单品激励 1,575 units 950 units ¥15,750.00 ¥0.00 Debit note because of",
            "2026 Q1 (v1): RB-0002 v1 DN-202605-00003 RMA-202604-00002",
            "\u2212¥15,750.00 2026-05-06",
            "true-up of 季度采购返利 ¥100,000.00 ¥110,000.00 ¥3,000.00 ¥3,300.00 Credit note because shipped",
            "2026 Q1 (v2): RB-0001 v2 CN-202605-00009 lines already",
            "+¥300.00 2026-05-06 counted changed",
            "after settlement",
        ], lines.Skip(heading + 1).Take(8));
        Assert.Contains("Total true-ups \u2212¥15,450.00", lines);
    }

    [Fact]
    public void A_statement_without_rebates_says_so()
    {
        var lines = Lines(Rebate([]), DocumentText.English());

        Assert.Contains("No rebates in this period.", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Period Rebate policy", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Total accrued", StringComparison.Ordinal));
        Assert.Contains("P0001 Shanghai Hengtong Electrical Trading", lines);
    }
}
