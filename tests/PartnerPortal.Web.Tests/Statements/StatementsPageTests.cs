using System.Globalization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Statements;

/// <summary>The statements page, as the real app renders it: typeable date inputs and presets on both statements.</summary>
public sealed class StatementsPageTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Both_statements_offer_date_inputs_and_the_five_presets()
    {
        var html = await app.GetPageAsync(DemoUsers.Dealer, "/statements");

        var today = DateTime.Today;
        var thisMonth = new DateTime(today.Year, today.Month, 1);
        Assert.Matches($"type=\"date\"[^>]*value=\"{Day(thisMonth.AddMonths(-1))}\"|value=\"{Day(thisMonth.AddMonths(-1))}\"[^>]*type=\"date\"", html);
        Assert.Contains($"value=\"{Day(thisMonth.AddDays(-1))}\"", html);
        Assert.Contains($"value=\"{Day(new DateTime(today.Year, 1, 1))}\"", html);
        Assert.Contains($"value=\"{Day(new DateTime(today.Year, 12, 31))}\"", html);
        foreach (var statement in new[] { "account", "rebate" })
        {
            Assert.Contains($"data-testid=\"{statement}-from\"", html);
            Assert.Contains($"data-testid=\"{statement}-to\"", html);
            foreach (var preset in new[] { "ThisMonth", "LastMonth", "ThisQuarter", "LastQuarter", "ThisYear" })
                Assert.Contains($"data-testid=\"{statement}-preset-{preset}\"", html);
        }
        Assert.DoesNotContain("data-testid=\"rebate-year\"", html);
    }
}
