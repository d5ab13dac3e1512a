using PartnerPortal.Web.Statements;

namespace PartnerPortal.Web.Tests.Statements;

public sealed class StatementFileNamesTests
{
    [Theory]
    [InlineData("2026-10-01", "2026-10-31", "pdf", "statement-P0001-2026-10.pdf")]
    [InlineData("2026-02-01", "2026-02-28", "xlsx", "statement-P0001-2026-02.xlsx")]
    [InlineData("2024-02-01", "2024-02-29", "pdf", "statement-P0001-2024-02.pdf")] // leap year
    [InlineData("2026-10-01", "2026-10-30", "pdf", "statement-P0001-20261001-20261030.pdf")] // a day short of the month
    [InlineData("2026-10-02", "2026-10-31", "pdf", "statement-P0001-20261002-20261031.pdf")]
    [InlineData("2026-10-01", "2026-11-30", "xlsx", "statement-P0001-20261001-20261130.xlsx")] // two months
    [InlineData("2026-01-01", "2026-12-31", "pdf", "statement-P0001-20260101-20261231.pdf")] // a year is dates for accounts
    [InlineData("2026-10-05", "2026-10-05", "pdf", "statement-P0001-20261005-20261005.pdf")]
    public void Account_statement_is_named_by_month_or_by_dates(string from, string to, string extension, string expected)
    {
        Assert.Equal(expected, StatementFileNames.AccountStatement("P0001", DateOnly.Parse(from), DateOnly.Parse(to), extension));
    }

    [Theory]
    [InlineData("2026-01-01", "2026-12-31", "rebate-statement-P0001-2026.pdf")]
    [InlineData("2026-01-01", "2026-03-31", "rebate-statement-P0001-2026-Q1.pdf")]
    [InlineData("2026-04-01", "2026-06-30", "rebate-statement-P0001-2026-Q2.pdf")]
    [InlineData("2026-07-01", "2026-09-30", "rebate-statement-P0001-2026-Q3.pdf")]
    [InlineData("2026-10-01", "2026-12-31", "rebate-statement-P0001-2026-Q4.pdf")]
    [InlineData("2026-10-01", "2026-10-31", "rebate-statement-P0001-2026-10.pdf")]
    [InlineData("2026-02-01", "2026-04-30", "rebate-statement-P0001-20260201-20260430.pdf")] // three months, not a quarter
    [InlineData("2026-01-01", "2027-12-31", "rebate-statement-P0001-20260101-20271231.pdf")] // two years
    [InlineData("2026-03-15", "2026-04-14", "rebate-statement-P0001-20260315-20260414.pdf")]
    public void Rebate_statement_is_named_by_year_quarter_month_or_dates(string from, string to, string expected)
    {
        Assert.Equal(expected, StatementFileNames.RebateStatement("P0001", DateOnly.Parse(from), DateOnly.Parse(to), "pdf"));
    }

    [Fact]
    public void Order_export_is_stamped_with_the_local_time()
    {
        var at = new DateTimeOffset(2026, 10, 5, 14, 30, 59, TimeSpan.FromHours(8));
        Assert.Equal("orders-20261005-1430.xlsx", StatementFileNames.Orders(at));
    }

    [Theory]
    [InlineData(" P0001 ", "statement-P0001-2026-10.pdf")]
    [InlineData("P/00\"1", "statement-P_00_1-2026-10.pdf")]
    [InlineData("恒通", "statement-__-2026-10.pdf")]
    [InlineData("", "statement-partner-2026-10.pdf")]
    public void Characters_a_file_name_cannot_hold_become_underscores(string code, string expected)
    {
        Assert.Equal(expected, StatementFileNames.AccountStatement(code, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), "pdf"));
    }
}
