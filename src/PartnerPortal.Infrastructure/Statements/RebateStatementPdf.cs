using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Documents;

namespace PartnerPortal.Infrastructure.Statements;

/// <summary>
/// The rebate statement as a PDF, with the account statement's letterhead and footer: the partner, then one row per
/// policy version and period (the basis achieved, the tier and rate, the accrual, the cap when it applied, the
/// settlement and its credit note), then the totals accrued, settled and not yet settled.
/// </summary>
public static class RebateStatementPdf
{
    /// <summary>Writes the PDF to <paramref name="output"/> with synchronous writes (buffer it for an HTTP response).</summary>
    public static void Write(RebateStatement statement, DocumentText text, Stream output)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);

        var writer = AccountStatementPdf.NewDocument(text, text["Rebate statement"], statement.Partner, statement.From, statement.To,
            statement.GeneratedAt);
        writer.Summary(AccountStatementPdf.PartnerBlock(text, statement.Partner));

        writer.Heading(text["Rebates by period"]);
        if (statement.Rows.Count == 0)
        {
            writer.Paragraph(text["No rebates in this period."], PdfTextStyle.Muted);
        }
        else
        {
            writer.Table(Rows(statement, text))
                .Summary(new PdfSummary()
                    .Amount(text["Total accrued"], text.Money(statement.TotalAccrued))
                    .Amount(text["Total settled"], text.Money(statement.TotalSettled))
                    .Total(text["Not yet settled"], text.Money(statement.TotalOpen)));
        }
        if (statement.TrueUps.Count > 0)
        {
            writer.Heading(text["True-ups of settled periods"]);
            writer.Table(TrueUps(statement, text))
                .Summary(new PdfSummary().Total(text["Total true-ups"], text.SignedMoney(statement.TotalTrueUps)));
        }
        writer.Write(output);
    }

    /// <summary>One row per true-up: its line ("true-up of 2026-Q3 (v1): −¥1,234.00"), the basis then and now, the note and why.</summary>
    private static PdfTable TrueUps(RebateStatement statement, DocumentText text)
    {
        var table = new PdfTable(
            new PdfColumn(text["True-up"], Wrap: true), new PdfColumn(text["Rebate policy"], Wrap: true),
            new PdfColumn(text["Basis settled"], PdfAlign.Right), new PdfColumn(text["Basis now"], PdfAlign.Right),
            new PdfColumn(text["Settled before"], PdfAlign.Right), new PdfColumn(text["Recomputed"], PdfAlign.Right),
            new PdfColumn(text["Document"], Wrap: true), new PdfColumn(text["Cause"], Wrap: true));
        foreach (var t in statement.TrueUps)
        {
            table.AddRow(
                TrueUpText.Line(text, t),
                $"{t.Name}\n{t.Code} v{t.VersionNumber}",
                Basis(text, t.Basis, t.BasisBefore),
                Basis(text, t.Basis, t.BasisNow),
                text.Money(t.SettledBefore),
                text.Money(t.Recomputed),
                $"{text[t.NoteKind == LedgerEntryKind.DebitNote ? "Debit note" : "Credit note"]} {t.NoteNumber}\n{text.Date(t.PostedOn)}",
                TrueUpText.Cause(text, t.Cause));
        }
        return table;
    }

    private static string Basis(DocumentText text, RebateBasis basis, decimal value) =>
        basis == RebateBasis.Quantity ? text.Format("{0} units", text.Number(value)) : text.Money(value);

    private static PdfTable Rows(RebateStatement statement, DocumentText text)
    {
        var table = new PdfTable(
            new PdfColumn(text["Period"], Wrap: true), new PdfColumn(text["Rebate policy"], Wrap: true),
            new PdfColumn(text["Basis achieved"], PdfAlign.Right), new PdfColumn(text["Tier reached"], Wrap: true),
            new PdfColumn(text["Field.Rate"], PdfAlign.Right), new PdfColumn(text["Accrued"], PdfAlign.Right),
            new PdfColumn(text["Cap"], Wrap: true), new PdfColumn(text["Settled"], Wrap: true), new PdfColumn(text["Credit note"], Wrap: true));
        var notSettled = text["Not settled"];
        foreach (var row in statement.Rows)
        {
            table.AddRow(
                row.PeriodLabel,
                $"{row.PolicyName}\n{row.PolicyCode} v{row.VersionNumber}",
                row.Basis == RebateBasis.Quantity ? text.Format("{0} units", text.Number(row.BasisAchieved)) : text.Money(row.BasisAchieved),
                row.TierReached > 0 ? text.Format("Tier {0}", row.TierReached) : "—",
                Rate(text, row),
                text.Money(row.Amount),
                Cap(text, row),
                row.SettledAt is { } settled ? AccountStatementPdf.LocalDate(text, settled) : notSettled,
                row.CreditNoteNumber);
        }
        return table;
    }

    /// <summary>"3%" for a percent, "¥2.50 / unit" for yuan per unit; blank when no tier was reached.</summary>
    private static string? Rate(DocumentText text, RebateStatementRow row) => row.Rate switch
    {
        null => null,
        { } rate when row.RateKind == RebateRateKind.AmountPerUnit => text.Format("{0} / unit", text.Money(rate)),
        { } rate => text.Number(rate) + "%",
    };

    /// <summary>"capped at ¥10,000.00" when the cap cut the accrual; blank otherwise.</summary>
    private static string? Cap(DocumentText text, RebateStatementRow row) => row switch
    {
        { Capped: false } => null,
        { CapPerPeriod: { } cap } => text.Format("capped at {0}", text.Money(cap)),
        _ => text["Capped"],
    };
}
