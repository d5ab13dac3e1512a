using System.Net;
using System.Text.Json;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Statements;

/// <summary>
/// Days like 9999-12-31 and 0001-01-01 in the addresses of lists and exports, as a link or a hand-edited address carries
/// them: a list clamps them and shows its orders, an export of the order list too, a statement refuses them with a 400
/// that names the parameter. None of them is an error page.
/// </summary>
public sealed class FarDateTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Theory]
    [InlineData("/orders?from=0001-01-01&to=9999-12-31")]
    [InlineData("/orders?from=9999-12-31")]
    [InlineData("/orders?from=garbage&to=2026-02-30")]
    [InlineData("/shipments?from=0001-01-01&to=9999-12-31")]
    public async Task A_list_with_far_off_days_in_its_address_opens(string path)
    {
        await app.GetPageAsync(DemoUsers.Dealer, path);
    }

    [Fact]
    public async Task The_order_export_clamps_far_off_days_and_holds_the_dealers_orders()
    {
        using var client = app.CreatePortalClient();
        await client.SignInAsync(DemoUsers.Dealer);

        var response = await client.GetAsync("/exports/orders.xlsx?from=0001-01-01&to=9999-12-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0);
    }

    [Theory]
    [InlineData("from=9999-12-30&to=9999-12-31&format=pdf", "from", "to")]
    [InlineData("from=0001-01-01&to=0001-12-31&format=xlsx", "from", "to")]
    [InlineData("from=2026-01-01&to=9999-12-31&format=pdf", "to", null)]
    public async Task A_statement_for_far_off_days_is_a_400_naming_the_parameters(string query, string first, string? second)
    {
        using var client = app.CreatePortalClient();
        await client.SignInAsync(DemoUsers.Dealer);
        var id = await app.PartnerIdAsync("P0001");

        var response = await client.GetAsync($"/exports/statements/account/{id}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Contains("1900-01-01", errors.GetProperty(first)[0].GetString());
        if (second is not null) Assert.True(errors.TryGetProperty(second, out _), problem.RootElement.ToString());
    }
}
