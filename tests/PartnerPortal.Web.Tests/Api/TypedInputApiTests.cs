using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Api;

/// <summary>
/// The integration API takes text and codes as the pages do: a control or direction character is refused naming the
/// field, a code sent in full-width forms is stored in ASCII, and a date outside the portal's years is refused.
/// </summary>
public sealed class TypedInputApiTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private static object Partner(string code, string name, string contact = "李娜") => new
    {
        code, name, nameEn = "Test partner", type = "Dealer", tier = "Core", regionCode = "EAST", status = "Active", creditRating = "B",
        contacts = new[] { new { name = contact, phone = "13900001111", isPrimary = true } },
    };

    [Fact]
    public async Task A_partner_name_with_a_direction_override_or_a_nul_is_refused_naming_the_field_and_nothing_is_saved()
    {
        using var http = await app.ApiClientAsync("ERP hidden characters", [ApiScopes.PartnersWrite]);
        var items = new[] { Partner("T-HC-1", "恒通\u202E电器"), Partner("T-HC-2", "恒通电器", contact: "李\u0000娜") };

        var errors = await (await http.PostAsJsonAsync("/api/v1/partners", new { items })).ReadProblemErrorsAsync();

        errors.AssertHas(0, "name", ProblemCodes.ForbiddenCharacter);
        errors.AssertHas(1, "contacts[0].name", ProblemCodes.ForbiddenCharacter);
        Assert.Contains("U+202E", errors.First(e => e.Index == 0).Message);
        Assert.False(await app.WithSystemContextAsync(db => db.Partners.AnyAsync(p => p.Code.StartsWith("T-HC"))));
    }

    [Fact]
    public async Task A_partner_code_sent_in_full_width_is_stored_in_ascii()
    {
        using var http = await app.ApiClientAsync("ERP full width", [ApiScopes.PartnersWrite]);

        var summary = await (await http.PostAsJsonAsync("/api/v1/partners", new { items = new[] { Partner("ｔ－ｆｗ－１", "全角伙伴") } })).ReadSummaryAsync();

        Assert.Equal(1, summary.Created);
        Assert.True(await app.WithSystemContextAsync(db => db.Partners.AnyAsync(p => p.Code == "T-FW-1")));
    }

    [Theory]
    [InlineData("from=9999-12-31")]
    [InlineData("to=0001-01-01")]
    public async Task A_date_outside_the_portals_years_is_refused_naming_the_parameter(string query)
    {
        using var http = await app.ApiClientAsync("ERP far dates " + query, [ApiScopes.RebatesRead]);

        var errors = await (await http.GetAsync("/api/v1/rebates/accruals?" + query)).ReadProblemErrorsAsync();

        errors.AssertHas(null, query[..query.IndexOf('=')], ProblemCodes.DateOutOfRange);
    }
}
