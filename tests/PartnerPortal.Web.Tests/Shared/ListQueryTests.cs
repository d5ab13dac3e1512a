using Microsoft.AspNetCore.WebUtilities;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Points;
using PartnerPortal.Web.Components.Dashboards;
using PartnerPortal.Web.Components.Shared;
using PartnerPortal.Web.Statements;

namespace PartnerPortal.Web.Tests.Shared;

public sealed class ListQueryTests
{
    [Theory]
    [InlineData("12", 12)]
    [InlineData(" 7 ", 7)]
    [InlineData("0", null)]
    [InlineData("-3", null)]
    [InlineData("abc", null)]
    [InlineData("1.5", null)]
    [InlineData("99999999999", null)]
    [InlineData(null, null)]
    public void Ids_are_positive_whole_numbers(string? value, int? expected) => Assert.Equal(expected, ListQuery.ReadId(value));

    [Theory]
    [InlineData("Submitted", OrderStatus.Submitted)]
    [InlineData("pendingapproval", OrderStatus.PendingApproval)]
    [InlineData("Nonsense", null)]
    [InlineData("3", null)]
    [InlineData("Submitted,Approved", null)]
    [InlineData("", null)]
    public void Enum_values_are_read_by_name_only(string? value, OrderStatus? expected) =>
        Assert.Equal(expected, ListQuery.ReadEnum<OrderStatus>(value));

    [Theory]
    [InlineData("2026-03-01", true)]
    [InlineData("2026-13-45", false)]
    [InlineData("01/03/2026", false)]
    public void Days_are_read_as_yyyy_MM_dd(string value, bool reads) => Assert.Equal(reads, ListQuery.ReadDay(value) is not null);

    [Theory]
    [InlineData("9999-12-31", "2099-12-31")]
    [InlineData("0001-01-01", "1900-01-01")]
    [InlineData("２０２６－０３－０１", "2026-03-01")]
    public void Days_outside_the_portals_years_are_clamped_into_them(string value, string expected) =>
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ListQuery.ReadDay(value));

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("maybe", false)]
    [InlineData(null, false)]
    public void Flags_are_on_only_when_true(string? value, bool expected) => Assert.Equal(expected, ListQuery.ReadFlag(value));

    [Fact]
    public void What_a_dashboard_link_carries_reads_back_as_the_same_filters()
    {
        var orders = Query(DashboardLinks.Orders(OrderStatus.PendingApproval, 3, 4, new DateOnly(2026, 1, 2), new DateOnly(2026, 2, 3)));
        Assert.Equal(OrderStatus.PendingApproval, ListQuery.ReadEnum<OrderStatus>(orders("status")));
        Assert.Equal((3, 4), (ListQuery.ReadId(orders("partnerId")), ListQuery.ReadId(orders("regionId"))));
        Assert.Equal((new DateOnly(2026, 1, 2), new DateOnly(2026, 2, 3)), (ListQuery.ReadDay(orders("from")), ListQuery.ReadDay(orders("to"))));

        var partners = Query(DashboardLinks.Partners(5, 60, PartnerTier.Core));
        Assert.Equal((5, 60, PartnerTier.Core),
            (ListQuery.ReadId(partners("regionId")), ListQuery.ReadId(partners("silentDays")), ListQuery.ReadEnum<PartnerTier>(partners("tier"))));

        var redemptions = Query(DashboardLinks.Redemptions(regionId: 2));
        Assert.Equal((RedemptionStatus.Pending, 2), (ListQuery.ReadEnum<RedemptionStatus>(redemptions("status")), ListQuery.ReadId(redemptions("regionId"))));

        var invoices = Query(DashboardLinks.Invoices(true, 7, 8));
        Assert.Equal((true, 7, 8), (ListQuery.ReadFlag(invoices("overdue")), ListQuery.ReadId(invoices("partnerId")), ListQuery.ReadId(invoices("regionId"))));
        Assert.False(ListQuery.ReadFlag(Query(DashboardLinks.Invoices())("overdue")));
    }

    [Fact]
    public void Written_values_read_back()
    {
        Assert.Equal(42, ListQuery.ReadId(ListQuery.Write(42)));
        Assert.Equal(new DateOnly(2026, 12, 31), ListQuery.ReadDay(ListQuery.Write(new DateOnly(2026, 12, 31))));
        Assert.Equal(PartnerTier.Strategic, ListQuery.ReadEnum<PartnerTier>(ListQuery.WriteEnum<PartnerTier>(PartnerTier.Strategic)));
        Assert.True(ListQuery.ReadFlag(ListQuery.Write(true)));
        Assert.Null(ListQuery.Write(false));
        Assert.Null(ListQuery.Write((int?)null));
    }

    [Fact]
    public void The_order_export_reads_the_region_of_the_list()
    {
        var url = ExportUrls.Orders(OrderStatus.Shipped, null, null, 3, null, regionId: 4);
        var query = Query(url);

        var problems = ExportParameters.ReadOrders(query("status"), query("from"), query("to"), query("partnerId"), query("regionId"), query("search"),
            out var request);

        Assert.Empty(problems);
        Assert.Equal((OrderStatus.Shipped, 3, 4), (request!.Filter.Status, request.Filter.PartnerId, request.Filter.RegionId));
        Assert.Equal(new ExportProblem("regionId", ExportParameters.RegionIdInvalid),
            Assert.Single(ExportParameters.ReadOrders(null, null, null, null, "abc", null, out _)));
    }

    private static Func<string, string?> Query(string url)
    {
        var query = QueryHelpers.ParseQuery(new Uri("http://x" + url).Query);
        return name => query.TryGetValue(name, out var value) ? value.ToString() : null;
    }
}
