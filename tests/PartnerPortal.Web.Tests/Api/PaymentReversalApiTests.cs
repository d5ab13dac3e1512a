using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Api;

/// <summary>
/// <c>POST /api/v1/payments/{reference}/reverse</c> through the real app and database: the ERP undoes a payment it posted,
/// once, in its key's regions.
/// </summary>
public sealed class PaymentReversalApiTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private static readonly string Today = DateTime.Now.ToString("yyyy-MM-dd");

    private Task<HttpClient> PosterAsync(string name, params string[] regions) => app.ApiClientAsync(name, [ApiScopes.PaymentsWrite], regions);

    private Task<decimal> BalanceAsync(string partnerCode) =>
        app.WithSystemContextAsync(db => db.CreditAccounts.Where(a => a.Partner!.Code == partnerCode).Select(a => a.Balance).SingleAsync());

    private static string ReverseUrl(string reference) => $"/api/v1/payments/{Uri.EscapeDataString(reference)}/reverse";

    [Fact]
    public async Task A_reversal_undoes_the_payment_and_repeating_it_returns_the_same_reversal_with_200()
    {
        using var http = await PosterAsync("ERP reversals");
        var balance = await BalanceAsync("P0002");
        var paid = await (await http.PostJsonAsync("/api/v1/payments",
            new { partnerCode = "P0002", amount = 1_200.00m, date = Today, reference = "ERP-REV-0001" })).ReadAsync<ApiPayment>(HttpStatusCode.Created);

        var created = await (await http.PostJsonAsync(ReverseUrl("ERP-REV-0001"), new { reason = "bounced", note = "退票" }))
            .ReadAsync<ApiPaymentReversal>(HttpStatusCode.Created);
        var repeated = await (await http.PostJsonAsync(ReverseUrl("ERP-REV-0001"), new { reason = "bounced", note = "退票" }))
            .ReadAsync<ApiPaymentReversal>();

        Assert.Matches("^REV-\\d{6}-\\d{5}$", created.Number);
        Assert.Equal((paid.Number, "ERP-REV-0001", "P0002", 1_200.00m, "bounced", "退票"),
            (created.PaymentNumber, created.Reference, created.PartnerCode, created.Amount, created.Reason, created.Note));
        Assert.Equal(paid.Allocations.Select(a => (a.InvoiceNumber, a.Amount)), created.ReopenedInvoices.Select(a => (a.InvoiceNumber, a.Amount)));
        Assert.Equal(created, repeated with { ReopenedInvoices = created.ReopenedInvoices });
        Assert.Equal(balance, await BalanceAsync("P0002"));
        Assert.Equal(1, await app.WithSystemContextAsync(db => db.LedgerEntries.CountAsync(e => e.Kind == LedgerEntryKind.Reversal
            && e.ReversesEntryId == db.LedgerEntries.Single(p => p.ExternalReference == "ERP-REV-0001").Id)));
        Assert.Equal(1, await app.WithSystemContextAsync(db => db.OutboxEvents.CountAsync(e => e.Type == WebhookEvents.PaymentReversed
            && e.Payload.Contains(created.Number))));
    }

    [Fact]
    public async Task Concurrent_repeats_make_one_reversal()
    {
        using var http = await PosterAsync("ERP concurrent reversals");
        await (await http.PostJsonAsync("/api/v1/payments",
            new { partnerCode = "P0005", amount = 800.00m, date = Today, reference = "ERP-REV-0002" })).ReadAsync<ApiPayment>(HttpStatusCode.Created);

        var responses = await Task.WhenAll(Enumerable.Range(0, 3)
            .Select(_ => Task.Run(() => http.PostJsonAsync(ReverseUrl("ERP-REV-0002"), new { reason = "wrongPartner" }))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(1, await app.WithSystemContextAsync(db => db.LedgerEntries.CountAsync(e => e.Kind == LedgerEntryKind.Reversal
            && e.ReversesEntryId == db.LedgerEntries.Single(p => p.ExternalReference == "ERP-REV-0002").Id)));
    }

    [Fact]
    public async Task An_unknown_reference_or_one_outside_the_keys_regions_is_404_and_a_bad_reason_400()
    {
        using var east = await PosterAsync("ERP east reversals", "EAST");
        using var north = await PosterAsync("ERP north reversals", "NORTH");
        await (await east.PostJsonAsync("/api/v1/payments",
            new { partnerCode = "P0002", amount = 50.00m, date = Today, reference = "ERP-REV-0003" })).ReadAsync<ApiPayment>(HttpStatusCode.Created);
        var balance = await BalanceAsync("P0002");

        var unknown = await east.PostJsonAsync(ReverseUrl("ERP-NO-SUCH"), new { reason = "bounced" });
        var outside = await north.PostJsonAsync(ReverseUrl("ERP-REV-0003"), new { reason = "bounced" });
        var missing = await (await east.PostJsonAsync(ReverseUrl("ERP-REV-0003"), new { note = "x" })).ReadProblemErrorsAsync();
        var wrong = await (await east.PostJsonAsync(ReverseUrl("ERP-REV-0003"), new { reason = "lost" })).ReadProblemErrorsAsync();
        var noNote = await (await east.PostJsonAsync(ReverseUrl("ERP-REV-0003"), new { reason = "other" })).ReadProblemErrorsAsync();

        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (unknown.StatusCode, unknown.Content.Headers.ContentType?.MediaType));
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        missing.AssertHas(null, "reason", ProblemCodes.Required);
        wrong.AssertHas(null, "reason", ProblemCodes.UnknownValue);
        noNote.AssertHas(null, "note", ProblemCodes.Required);
        Assert.Equal(balance, await BalanceAsync("P0002"));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_reversal_with_its_answers()
    {
        using var http = app.CreateClient();

        using var document = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json"));

        var operation = document.RootElement.GetProperty("paths").GetProperty("/api/v1/payments/{reference}/reverse").GetProperty("post");
        Assert.Equal("ReversePayment", operation.GetProperty("operationId").GetString());
        var statuses = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "200", "201", "400", "404" }, statuses);
        Assert.Contains("Idempotent", operation.GetProperty("description").GetString());
    }
}
