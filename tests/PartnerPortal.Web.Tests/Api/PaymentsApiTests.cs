using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Api;

/// <summary><c>POST /api/v1/payments</c> through the real app and database: the manager's payment rules, once per ERP reference.</summary>
public sealed class PaymentsApiTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const string Url = "/api/v1/payments";
    private static readonly string Today = DateTime.Now.ToString("yyyy-MM-dd");

    private Task<HttpClient> PosterAsync(string name, params string[] regions) => app.ApiClientAsync(name, [ApiScopes.PaymentsWrite], regions);

    private Task<decimal> BalanceAsync(string partnerCode) =>
        app.WithSystemContextAsync(db => db.CreditAccounts.Where(a => a.Partner!.Code == partnerCode).Select(a => a.Balance).SingleAsync());

    [Fact]
    public async Task A_payment_is_recorded_against_the_oldest_open_invoice_and_a_retry_returns_it_with_200()
    {
        var oldest = await app.WithSystemContextAsync(db => db.LedgerEntries
            .Where(e => e.Partner!.Code == "P0002" && e.Kind == LedgerEntryKind.Invoice && e.OpenAmount > 0)
            .OrderBy(e => e.DueDate).ThenBy(e => e.Id).Select(e => new { e.Number, e.OpenAmount }).FirstAsync());
        var balance = await BalanceAsync("P0002");
        using var http = await PosterAsync("ERP payments");
        var body = new { partnerCode = "P0002", amount = 100.00m, date = Today, reference = "ERP-PAY-0001", note = "ICBC 0401-7" };

        var created = await (await http.PostJsonAsync(Url, body)).ReadAsync<ApiPayment>(HttpStatusCode.Created);
        var retried = await (await http.PostJsonAsync(Url, body)).ReadAsync<ApiPayment>();

        Assert.Equal(("P0002", 100.00m, "ERP-PAY-0001", "ICBC 0401-7"), (created.PartnerCode, created.Amount, created.Reference, created.Note));
        Assert.Matches("^PAY-\\d{6}-\\d{5}$", created.Number);
        Assert.True(oldest.OpenAmount >= 100.00m);
        Assert.Equal([(oldest.Number, 100.00m)], created.Allocations.Select(a => (a.InvoiceNumber, a.Amount)));
        Assert.Equal(created.Number, retried.Number);
        Assert.Equal(balance - 100.00m, await BalanceAsync("P0002"));
    }

    [Fact]
    public async Task Four_concurrent_posts_of_one_reference_record_one_payment()
    {
        var balance = await BalanceAsync("P0005");
        using var http = await PosterAsync("ERP concurrent payments");
        var body = new { partnerCode = "P0005", amount = 2_500.50m, date = Today, reference = "ERP-PAY-0002" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => http.PostJsonAsync(Url, body))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(balance - 2_500.50m, await BalanceAsync("P0005"));
        Assert.Equal(1, await app.WithSystemContextAsync(db => db.LedgerEntries.CountAsync(e => e.ExternalReference == "ERP-PAY-0002")));
    }

    [Fact]
    public async Task Invalid_values_are_400_each_named_and_a_reused_reference_is_409()
    {
        using var http = await PosterAsync("ERP invalid payments");
        Assert.Equal(HttpStatusCode.Created, (await http.PostJsonAsync(Url, new { partnerCode = "P0002", amount = 10m, date = Today, reference = "ERP-PAY-0003" })).StatusCode);

        var missing = await (await http.PostJsonAsync(Url, new { note = new string('x', 101) })).ReadProblemErrorsAsync();
        var bad = await (await http.PostJsonAsync(Url, new { partnerCode = "P0002", amount = 1.234m, date = Today, reference = "ERP-PAY-0004" })).ReadProblemErrorsAsync();
        var unknown = await (await http.PostJsonAsync(Url, new { partnerCode = "P9999", amount = 1m, date = Today, reference = "ERP-PAY-0004" })).ReadProblemErrorsAsync();
        var badDate = await (await http.SendJsonAsync(HttpMethod.Post, Url, "{\"partnerCode\":\"P0002\",\"amount\":1,\"date\":\"31/12/2026\",\"reference\":\"R\"}")).ReadProblemErrorsAsync();
        var reused = await (await http.PostJsonAsync(Url, new { partnerCode = "P0002", amount = 11m, date = Today, reference = "ERP-PAY-0003" }))
            .ReadProblemErrorsAsync(HttpStatusCode.Conflict);

        missing.AssertHas(null, "partnerCode", ProblemCodes.Required);
        missing.AssertHas(null, "amount", ProblemCodes.Required);
        missing.AssertHas(null, "date", ProblemCodes.Required);
        missing.AssertHas(null, "reference", ProblemCodes.Required);
        missing.AssertHas(null, "note", ProblemCodes.TooLong);
        bad.AssertHas(null, "amount", ProblemCodes.TooManyDecimals);
        unknown.AssertHas(null, "partnerCode", ProblemCodes.NotFound);
        Assert.Equal("date", Assert.Single(badDate).Field);
        reused.AssertHas(null, "reference", ProblemCodes.ReferenceInUse);
    }

    [Fact]
    public async Task A_key_restricted_to_other_regions_cannot_pay_for_the_partner_and_one_without_the_scope_gets_403()
    {
        using var north = await PosterAsync("ERP north payments", "NORTH");
        using var reader = await app.ApiClientAsync("ERP rebates only", [ApiScopes.RebatesRead]);
        var body = new { partnerCode = "P0002", amount = 1m, date = Today, reference = "ERP-PAY-0005" };

        var errors = await (await north.PostJsonAsync(Url, body)).ReadProblemErrorsAsync();
        await (await reader.PostJsonAsync(Url, body)).ReadProblemErrorsAsync(HttpStatusCode.Forbidden);

        errors.AssertHas(null, "partnerCode", ProblemCodes.NotFound);
        Assert.False(await app.WithSystemContextAsync(db => db.LedgerEntries.AnyAsync(e => e.ExternalReference == "ERP-PAY-0005")));
    }
}
