using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Infrastructure.Ordering;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Integration.WebhookTestKit;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>Of a failed delivery's answer only the status code and a line of plain text are kept and shown, never a page.</summary>
public sealed class WebhookAnswerStorageTests
{
    [Fact]
    public async Task An_html_answer_keeps_only_its_status_code()
    {
        var d = await AnsweredAsync(("text/html; charset=utf-8", "<html><body><h1>Jenkins</h1><p>build secrets: AKIA1234</p></body></html>"));

        Assert.Equal((500, "HTTP 500"), (d.LastStatusCode, d.LastError));
    }

    [Fact]
    public async Task A_long_text_answer_keeps_a_200_character_line_without_control_characters()
    {
        var text = "order unknown\r\n\u0007\u202E" + new string('x', 5000);

        var d = await AnsweredAsync(("text/plain", text));

        Assert.Equal(500, d.LastStatusCode);
        Assert.Equal("HTTP 500: order unknown " + new string('x', WebhookAnswer.ExcerptMaxLength - 1 - "order unknown ".Length) + "…", d.LastError);
    }

    [Fact]
    public async Task A_json_answer_keeps_its_text()
    {
        var d = await AnsweredAsync(("application/problem+json", "{\"title\":\"Invalid signature\"}"));

        Assert.Equal("HTTP 500: {\"title\":\"Invalid signature\"}", d.LastError);
    }

    [Fact]
    public async Task A_page_stored_before_answers_were_cut_is_listed_as_a_line_of_text()
    {
        await using var database = await DatabaseAsync();
        var admin = await AdminServiceAsync(database);
        var endpoint = await EndpointAsync(database, "https://erp.example.cn/hooks", WebhookEvents.OrderApproved);
        await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        await Dispatcher(database, new ManualClock()).FanOutAsync();
        await using (var db = await database.CreateSystemContextAsync())
        {
            var delivery = await db.WebhookDeliveries.SingleAsync(x => x.EndpointId == endpoint.EndpointId);
            delivery.LastStatusCode = 500;
            delivery.LastError = "HTTP 500 Internal Server Error: <html><head><title>Admin</title></head><body>" + new string('y', 400) + "</body></html>";
            await db.SaveChangesAsync();
        }

        var row = Assert.Single((await admin.ListDeliveriesAsync(new PageRequest(), new WebhookDeliveryFilter())).Items);

        Assert.Equal(WebhookAnswer.ExcerptMaxLength, row.LastError.Length);
        Assert.DoesNotContain("<", row.LastError);
        Assert.StartsWith("HTTP 500 Internal Server Error: Admin yyy", row.LastError);
    }

    private static async Task<WebhookDelivery> AnsweredAsync((string ContentType, string Text) body)
    {
        await using var database = await DatabaseAsync();
        var clock = new ManualClock();
        await using var receiver = await TestReceiver.StartAsync(_ => 500, clock.GetUtcNow);
        receiver.Body = body;
        receiver.Secret = (await EndpointAsync(database, receiver.Url, WebhookEvents.OrderApproved)).Secret;
        await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));

        await Dispatcher(database, clock).RunOnceAsync();

        Assert.Single(receiver.Requests);
        return Assert.Single(await DeliveriesAsync(database));
    }
}
