using PartnerPortal.Domain.Ordering;
using PartnerPortal.Web.Statements;

namespace PartnerPortal.Web.Tests.Statements;

public sealed class ExportParametersTests
{
    [Theory]
    [InlineData("pdf", "pdf")]
    [InlineData("XLSX", "xlsx")]
    [InlineData(" xlsx ", "xlsx")]
    public void A_valid_statement_request_is_read(string format, string expected)
    {
        var problems = ExportParameters.ReadStatement("2026-10-01", "2026-10-31", format, out var request);

        Assert.Empty(problems);
        Assert.Equal(new StatementRequest(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), expected), request);
    }

    [Theory]
    [InlineData(null, "2026-10-31", "pdf", "from", ExportParameters.DateRequired)]
    [InlineData("2026-10-01", "", "pdf", "to", ExportParameters.DateRequired)]
    [InlineData("01/10/2026", "2026-10-31", "pdf", "from", ExportParameters.DateInvalid)]
    [InlineData("2026-10-01", "2026-02-30", "pdf", "to", ExportParameters.DateInvalid)]
    [InlineData("2026-11-01", "2026-10-31", "pdf", "from", ExportParameters.FromAfterTo)]
    [InlineData("2023-01-01", "2026-01-01", "pdf", "to", ExportParameters.RangeTooLong)]
    [InlineData("9999-12-30", "2026-10-31", "pdf", "from", ExportParameters.DateOutOfRange)]
    [InlineData("0001-01-01", "2026-10-31", "pdf", "from", ExportParameters.DateOutOfRange)]
    [InlineData("2026-10-01", "2100-01-01", "pdf", "to", ExportParameters.DateOutOfRange)]
    [InlineData("2026-10-01", "2026-10-31", "docx", "format", ExportParameters.FormatInvalid)]
    [InlineData("2026-10-01", "2026-10-31", null, "format", ExportParameters.FormatInvalid)]
    public void A_bad_statement_parameter_is_named(string? from, string? to, string? format, string parameter, string message)
    {
        var problems = ExportParameters.ReadStatement(from, to, format, out var request);

        Assert.Null(request);
        Assert.Equal(new ExportProblem(parameter, message), Assert.Single(problems));
    }

    [Fact]
    public void Three_whole_years_are_allowed()
    {
        Assert.Empty(ExportParameters.ReadStatement("2024-01-01", "2026-12-31", "pdf", out _));
    }

    [Fact]
    public void Every_problem_of_a_request_is_reported()
    {
        var problems = ExportParameters.ReadStatement("x", null, "zip", out _);

        Assert.Equal(["from", "to", "format"], problems.Select(p => p.Parameter));
    }

    [Fact]
    public void Order_filters_are_all_optional()
    {
        var problems = ExportParameters.ReadOrders(null, null, " ", null, "  ", out var request);

        Assert.Empty(problems);
        Assert.Equal(new OrderExportRequest(new(), null), request);
    }

    [Fact]
    public void Order_filters_are_read()
    {
        var problems = ExportParameters.ReadOrders("approved", "2026-10-01", "2026-10-31", "7", " SO-2026 ", out var request);

        Assert.Empty(problems);
        Assert.Equal(new OrderExportRequest(new(OrderStatus.Approved, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), 7), "SO-2026"), request);
    }

    [Theory]
    [InlineData("Lost", null, null, null, null, "status", ExportParameters.StatusInvalid)]
    [InlineData("3", null, null, null, null, "status", ExportParameters.StatusInvalid)]
    [InlineData(null, "yesterday", null, null, null, "from", ExportParameters.DateInvalid)]
    [InlineData(null, "2026-10-02", "2026-10-01", null, null, "from", ExportParameters.FromAfterTo)]
    [InlineData(null, null, null, "P0001", null, "partnerId", ExportParameters.PartnerIdInvalid)]
    [InlineData(null, null, null, "-1", null, "partnerId", ExportParameters.PartnerIdInvalid)]
    public void A_bad_order_filter_is_named(string? status, string? from, string? to, string? partnerId, string? search, string parameter, string message)
    {
        var problems = ExportParameters.ReadOrders(status, from, to, partnerId, search, out var request);

        Assert.Null(request);
        Assert.Equal(new ExportProblem(parameter, message), Assert.Single(problems));
    }

    [Fact]
    public void A_search_text_longer_than_the_list_takes_is_refused()
    {
        var problems = ExportParameters.ReadOrders(null, null, null, null, new string('x', ExportParameters.MaxSearchLength + 1), out _);

        Assert.Equal(new ExportProblem("search", ExportParameters.SearchTooLong), Assert.Single(problems));
    }

    [Fact]
    public void Urls_carry_the_parameters_the_endpoints_read()
    {
        Assert.Equal("/exports/statements/account/12?from=2026-10-01&to=2026-10-31&format=pdf",
            ExportUrls.AccountStatement(12, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), "pdf"));
        Assert.Equal("/exports/statements/rebates/12?from=2026-01-01&to=2026-12-31&format=xlsx",
            ExportUrls.RebateStatement(12, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "xlsx"));
        Assert.Equal("/exports/orders.xlsx", ExportUrls.Orders(null, null, null, null, " "));
        Assert.Equal("/exports/orders.xlsx?status=Approved&from=2026-10-01&to=2026-10-31&partnerId=3&search=%E6%81%92%E9%80%9A%20SO",
            ExportUrls.Orders(OrderStatus.Approved, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), 3, " 恒通 SO "));
    }

    [Fact]
    public void What_a_url_carries_reads_back_as_the_same_filter()
    {
        var url = ExportUrls.Orders(OrderStatus.Shipped, new DateOnly(2026, 1, 2), null, null, "a&b=c");
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + url).Query);

        string? Get(string name) => query.TryGetValue(name, out var value) ? value.ToString() : null;

        ExportParameters.ReadOrders(Get("status"), Get("from"), Get("to"), Get("partnerId"), Get("search"), out var request);

        Assert.Equal(new OrderExportRequest(new(OrderStatus.Shipped, new DateOnly(2026, 1, 2)), "a&b=c"), request);
    }

    [Fact]
    public void Order_filter_days_outside_the_portals_years_are_clamped_like_the_list()
    {
        var problems = ExportParameters.ReadOrders(null, "0001-01-01", "9999-12-31", null, null, out var request);

        Assert.Empty(problems);
        Assert.Equal((new DateOnly(1900, 1, 1), new DateOnly(2099, 12, 31)), (request!.Filter.From, request.Filter.To));
    }
}
