using System.Globalization;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Infrastructure.Documents;

namespace PartnerPortal.Infrastructure.Statements;

/// <summary>
/// The account statement as a PDF, with the workbook's content: on every page the letterhead (logo, brand, title, partner,
/// period) and a footer with the time it was generated and "Page X of Y"; then the partner and the opening balance, every
/// ledger line with its running balance (the header row repeated on each page), the totals and the closing balance, the
/// ageing of what was open on the last day, and the credit limit and available credit then.
/// </summary>
public static class AccountStatementPdf
{
    /// <summary>Writes the PDF to <paramref name="output"/> with synchronous writes (buffer it for an HTTP response).</summary>
    public static void Write(AccountStatement statement, DocumentText text, Stream output)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);

        var writer = NewDocument(text, text["Account statement"], statement.Partner, statement.From, statement.To, statement.GeneratedAt);
        writer.Summary(PartnerBlock(text, statement.Partner))
            .Summary(new PdfSummary().Total(text["Opening balance"], text.Money(statement.OpeningBalance)));

        writer.Heading(text["Transactions"]);
        if (statement.Lines.Count == 0) writer.Paragraph(text["No invoices, payments or credit notes in this period."], PdfTextStyle.Muted);
        else writer.Table(Lines(statement, text));

        writer.Summary(new PdfSummary()
            .Amount(text["Total debit"], text.Money(statement.TotalDebit))
            .Amount(text["Total credit"], text.Money(statement.TotalCredit))
            .Total(text["Closing balance"], text.Money(statement.ClosingBalance)));

        var to = text.Date(statement.To);
        var ageing = statement.Ageing;
        writer.Heading(text.Format("Ageing on {0}", to))
            .Table(new PdfTable(
                    Amount(text["Current"]), Amount(text["1–30 days"]), Amount(text["31–60 days"]), Amount(text["61–90 days"]),
                    Amount(text["Over 90 days"]), Amount(text["Total outstanding"]))
                .AddRow(text.Money(ageing.Current), text.Money(ageing.Days1To30), text.Money(ageing.Days31To60),
                    text.Money(ageing.Days61To90), text.Money(ageing.Over90), text.Money(ageing.Total)));

        writer.Heading(text.Format("Credit standing on {0}", to))
            .Summary(new PdfSummary()
                .Amount(text["Credit limit"], text.Money(statement.CreditLimit))
                .Amount(text["Available credit"], text.Money(statement.AvailableCredit)));

        writer.Write(output);
    }

    private static PdfTable Lines(AccountStatement statement, DocumentText text)
    {
        var table = new PdfTable(
            new PdfColumn(text["Date"]), new PdfColumn(text["Document"]), new PdfColumn(text["Type"], Wrap: true),
            new PdfColumn(text["Reference"], Wrap: true), Amount(text["Debit"]), Amount(text["Credit amount"]), Amount(text["Balance"]));
        var kinds = Enum.GetValues<LedgerEntryKind>().ToDictionary(k => k, k => text[$"LedgerEntryKind.{k}"]);
        foreach (var line in statement.Lines)
        {
            table.AddRow(text.Date(line.Date), line.Number, kinds.GetValueOrDefault(line.Kind, line.Kind.ToString()), line.Reference,
                line.Debit == 0 ? null : text.Money(line.Debit), line.Credit == 0 ? null : text.Money(line.Credit), text.Money(line.Balance));
        }
        return table;
    }

    private static PdfColumn Amount(string header) => new(header, PdfAlign.Right);

    /// <summary>
    /// A statement's document: the letterhead with the partner and the period on every page, and the footer with the time
    /// it was generated (in the server's time zone, as the pages show times) and "Page X of Y".
    /// </summary>
    internal static PdfDocumentWriter NewDocument(DocumentText text, string title, StatementParty partner, DateOnly from, DateOnly to,
        DateTimeOffset generatedAt)
    {
        var letterhead = new PdfLetterhead(PdfAssets.Logo, text.BrandName, title,
        [
            $"{partner.Code}  {text.Name(partner.Name, partner.NameEn)}",
            text.Format("{0} – {1}", text.Date(from), text.Date(to)),
        ]);
        var generated = text.Format("Generated {0}", LocalTime(generatedAt));
        return new PdfDocumentWriter
        {
            Title = $"{title} {partner.Code} {text.Date(from)} – {text.Date(to)}",
            Created = generatedAt,
            Header = letterhead.Draw,
            Footer = (band, page) => band
                .Left(generated, PdfTextStyle.Small)
                .Right(text.Format("Page {0} of {1}", page.Number, page.Count), PdfTextStyle.Small)
                .Rule(PdfColors.Rule),
        };
    }

    /// <summary>The partner's code, name, type, tier and region, for the top of the first page.</summary>
    internal static PdfSummary PartnerBlock(DocumentText text, StatementParty partner) => new PdfSummary()
        .Add(text["Code"], partner.Code)
        .Add(text["Name"], text.Name(partner.Name, partner.NameEn))
        .Add(text["Type"], text[$"PartnerType.{partner.Type}"])
        .Add(text["Tier"], text[$"PartnerTier.{partner.Tier}"])
        .Add(text["Region"], text.Name(partner.RegionName, partner.RegionNameEn));

    internal static string LocalTime(DateTimeOffset value) =>
        value.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    internal static string LocalDate(DocumentText text, DateTimeOffset value) =>
        text.Date(DateOnly.FromDateTime(value.ToLocalTime().DateTime));
}
