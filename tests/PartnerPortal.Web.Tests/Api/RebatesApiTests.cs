using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Api;

/// <summary>
/// <c>GET /api/v1/rebates/accruals</c> and <c>/settlements</c> over the demo rebates (accrued from the order history, every closed period
/// but the last settled as credit notes).
/// </summary>
public sealed class RebatesApiTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private static async Task<List<T>> AllPagesAsync<T>(HttpClient http, string url, int limit)
    {
        var items = new List<T>();
        long cursor = 0;
        while (true)
        {
            var separator = url.Contains('?') ? '&' : '?';
            var page = await (await http.GetAsync($"{url}{separator}after={cursor}&limit={limit}")).ReadAsync<ApiCursorPage<T>>();
            Assert.True(page.Items.Count <= limit);
            items.AddRange(page.Items);
            if (!page.HasMore) return items;
            cursor = page.NextCursor;
        }
    }

    [Fact]
    public async Task Accruals_page_by_id_with_their_policy_partner_period_and_settlement()
    {
        var stored = await app.WithSystemContextAsync(db => db.RebateAccruals.CountAsync());
        using var http = await app.ApiClientAsync("ERP rebates", [ApiScopes.RebatesRead]);

        var all = await AllPagesAsync<ApiRebateAccrual>(http, "/api/v1/rebates/accruals", 7);
        var settled = await AllPagesAsync<ApiRebateAccrual>(http, "/api/v1/rebates/accruals?settled=true", 500);
        var open = await AllPagesAsync<ApiRebateAccrual>(http, "/api/v1/rebates/accruals?settled=false", 500);

        Assert.True(stored > 7, "the demo data has accruals to page through");
        Assert.Equal(stored, all.Count);
        Assert.Equal(all.Select(a => a.Id).Order(), all.Select(a => a.Id));
        Assert.Equal(all.Count, settled.Count + open.Count);
        Assert.NotEmpty(settled);
        Assert.All(settled, a => Assert.NotNull(a.SettledAt));
        Assert.All(settled.Where(a => a.Amount > 0), a => Assert.Matches("^CN-\\d{6}-\\d{5}$", a.CreditNoteNumber));
        Assert.All(open, a => Assert.Null(a.CreditNoteNumber));
        var sample = all.First(a => a.Amount > 0);
        Assert.Matches("^RB-", sample.PolicyCode);
        Assert.True(sample.PolicyVersion >= 1 && sample.TierReached >= 1 && sample.Rate > 0);
        Assert.Contains(sample.Basis, new[] { "NetAmount", "Quantity" });
        Assert.True(sample.PeriodEnd > sample.PeriodStart);
    }

    [Fact]
    public async Task Settlements_list_the_credit_notes_of_settled_accruals_within_the_dates()
    {
        using var http = await app.ApiClientAsync("ERP settlements", [ApiScopes.RebatesRead]);

        var all = await AllPagesAsync<ApiRebateSettlement>(http, "/api/v1/rebates/settlements", 3);
        var accruals = await AllPagesAsync<ApiRebateAccrual>(http, "/api/v1/rebates/accruals?settled=true", 500);
        var first = all.Min(s => s.Date);
        var onFirstDay = await AllPagesAsync<ApiRebateSettlement>(http, $"/api/v1/rebates/settlements?from={first:yyyy-MM-dd}&to={first:yyyy-MM-dd}", 500);

        Assert.NotEmpty(all);
        Assert.Equal(accruals.Where(a => a.CreditNoteNumber is not null).Select(a => a.CreditNoteNumber).Order(), all.Select(s => s.CreditNoteNumber).Order());
        Assert.All(all, s => Assert.True(s.Amount > 0 && s.OpenAmount <= s.Amount));
        Assert.Equal(all.Count(s => s.Date == first), onFirstDay.Count);
    }

    [Fact]
    public async Task A_region_restricted_key_sees_its_regions_partners_only()
    {
        using var north = await app.ApiClientAsync("ERP north rebates", [ApiScopes.RebatesRead], "NORTH");

        var accruals = await AllPagesAsync<ApiRebateAccrual>(north, "/api/v1/rebates/accruals", 500);

        Assert.All(accruals, a => Assert.Contains(a.PartnerCode, new[] { "P0009", "P0010", "P0011" }));
    }

    [Fact]
    public async Task Bad_query_values_are_400_each_named_and_a_key_without_the_scope_gets_403()
    {
        using var http = await app.ApiClientAsync("ERP bad rebates", [ApiScopes.RebatesRead]);
        using var orders = await app.ApiClientAsync("ERP orders", [ApiScopes.OrdersRead]);

        var badValues = await (await http.GetAsync("/api/v1/rebates/accruals?from=2026-13-01&settled=maybe&limit=x")).ReadProblemErrorsAsync();
        var backwards = await (await http.GetAsync("/api/v1/rebates/settlements?from=2026-06-30&to=2026-01-01&limit=0")).ReadProblemErrorsAsync();
        await (await orders.GetAsync("/api/v1/rebates/accruals")).ReadProblemErrorsAsync(HttpStatusCode.Forbidden);

        badValues.AssertHas(null, "from", "Api.InvalidQueryValue");
        badValues.AssertHas(null, "settled", "Api.InvalidQueryValue");
        badValues.AssertHas(null, "limit", ProblemCodes.NotANumber);
        backwards.AssertHas(null, "to", ProblemCodes.EndBeforeStart);
        backwards.AssertHas(null, "limit", ProblemCodes.OutOfRange);
    }
}
