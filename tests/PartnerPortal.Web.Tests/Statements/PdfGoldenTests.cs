using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Statements;
using PartnerPortal.Infrastructure.Statements;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Statements;

/// <summary>
/// A small account statement as a PDF, in English and in Chinese with the portal's own translations, read back page by
/// page and compared with the golden files in Statements/Golden. After a deliberate change to the layout or the wording,
/// run the tests with UPDATE_PDF_GOLDENS=1 to rewrite the files, then read the change in the diff before committing it.
/// </summary>
public sealed class PdfGoldenTests : BunitTestContext
{
    private static readonly StatementParty Party = new(7, "P0001", "上海恒通电器贸易有限公司", "Shanghai Hengtong Electrical Trading",
        PartnerType.Distributor, PartnerTier.Core, "华东", "East China");

    // 10,000.00 + 5,000.00 - 8,000.00 + 12,345.67 - 1,000.50 = 18,345.17
    private static readonly StatementLine[] Lines =
    [
        new(new DateOnly(2026, 1, 5), LedgerEntryKind.Invoice, "INV-2026-0001", "SO-2026-000101", 5_000.00m, 0m, 15_000.00m),
        new(new DateOnly(2026, 1, 20), LedgerEntryKind.Payment, "PAY-2026-0001", "银行转账 ICBC", 0m, 8_000.00m, 7_000.00m),
        new(new DateOnly(2026, 2, 10), LedgerEntryKind.Invoice, "INV-2026-0002", "SO-2026-000142", 12_345.67m, 0m, 19_345.67m),
        new(new DateOnly(2026, 3, 1), LedgerEntryKind.CreditNote, "CN-2026-0001", "RB-2026Q1", 0m, 1_000.50m, 18_345.17m),
    ];

    // Generated at 9:30 on the clock of the machine running the tests, whatever its time zone, as the PDF shows local time.
    private static readonly AccountStatement Statement = new(Party, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), 10_000.00m, Lines,
        18_345.17m, new AgeingBuckets(12_345.67m, 0m, 5_999.50m, 0m, 0m), 50_000.00m, 31_654.83m,
        new DateTimeOffset(new DateTime(2026, 4, 1, 9, 30, 0, DateTimeKind.Local)));

    [Theory]
    [InlineData(PortalCultures.English)]
    [InlineData(PortalCultures.Chinese)]
    public void A_small_account_statement_reads_as_its_golden_file(string culture)
    {
        UseCulture(culture);
        var localizer = Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var text = new DocumentText(key => localizer[key], PortalCultures.Create(culture), "PartnerPortal");

        using var pdf = new MemoryStream();
        AccountStatementPdf.Write(Statement, text, pdf);
        var actual = PdfGoldenText.Extract(pdf.ToArray());

        var path = GoldenPath($"account-statement.{culture}.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_PDF_GOLDENS") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"No golden file {path}: run the tests with UPDATE_PDF_GOLDENS=1 to write it.");
        var expected = File.ReadAllText(path);
        Assert.True(expected.ReplaceLineEndings("\n") == actual,
            $"The {culture} PDF's text differs from {path} (- golden, + PDF):\n{PdfGoldenText.Diff(expected, actual)}"
            + "If the change is intended, run the tests with UPDATE_PDF_GOLDENS=1 and review the new file.");
    }

    /// <summary>The golden files are read from (and rewritten in) the source tree, beside this file.</summary>
    private static string GoldenPath(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PartnerPortal.sln")))
                return Path.Combine(dir.FullName, "tests", "PartnerPortal.Web.Tests", "Statements", "Golden", name);
        }
        throw new InvalidOperationException($"No PartnerPortal.sln above {AppContext.BaseDirectory}.");
    }
}
