using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerPortal.Infrastructure.Integration;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>
/// A webhook receiver as an ERP would write one, on Kestrel on a loopback port: it checks each request's signature with
/// the endpoint's secret and records what came. By default it answers 500 to the first request for an event and 200 to
/// every later one, as a receiver that was briefly down.
/// </summary>
internal sealed class TestReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _seen = new();
    private readonly Func<int, int> _answer;
    private readonly Func<DateTimeOffset> _now;

    private TestReceiver(WebApplication app, Func<int, int> answer, Func<DateTimeOffset> now)
    {
        _app = app;
        _answer = answer;
        _now = now;
    }

    public string Url { get; private set; } = "";

    /// <summary>The endpoint's secret, known once the portal has made the endpoint.</summary>
    public string Secret { get; set; } = "";

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>How long the receiver thinks before it answers (to make the portal give up waiting).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>A body to answer with (content type and text), as a receiver's error page or message; none by default.</summary>
    public (string ContentType, string Text)? Body { get; set; }

    /// <summary>A Location header to answer with, for a redirect.</summary>
    public string? Location { get; set; }

    /// <param name="answer">The status code for the n-th request (1, 2, …) of an event; by default 500 for the first, then 200.</param>
    /// <param name="now">The receiver's clock for the timestamp check; the real one by default.</param>
    public static async Task<TestReceiver> StartAsync(Func<int, int>? answer = null, Func<DateTimeOffset>? now = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new TestReceiver(app, answer ?? (n => n == 1 ? 500 : 200), now ?? (() => DateTimeOffset.UtcNow));
        app.MapPost("/hooks", (Func<HttpContext, Task<IResult>>)receiver.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.Url = address.TrimEnd('/') + "/hooks";
        return receiver;
    }

    private async Task<IResult> HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = http.Request.Headers;
        string? Header(string name) => headers.TryGetValue(name, out var v) ? v.ToString() : null;
        var eventId = Header(WebhookDispatcher.EventIdHeader) ?? "";
        var n = _seen.AddOrUpdate(eventId, 1, (_, count) => count + 1);
        var valid = WebhookSignature.Verify(Secret, Header(WebhookDispatcher.TimestampHeader), body, Header(WebhookDispatcher.SignatureHeader), _now());
        var status = valid ? _answer(n) : 401;
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay, http.RequestAborted);
        Requests.Enqueue(new Received(Header(WebhookDispatcher.EventHeader), eventId, Header(WebhookDispatcher.DeliveryHeader),
            Header(WebhookDispatcher.TimestampHeader), Header(WebhookDispatcher.SignatureHeader), http.Request.ContentType, body, valid, status));
        if (Location is { } location) http.Response.Headers.Location = location;
        return Body is { } answer ? Results.Text(answer.Text, answer.ContentType, statusCode: status) : Results.StatusCode(status);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public sealed record Received(string? Event, string EventId, string? Delivery, string? Timestamp, string? Signature, string? ContentType,
        string Body, bool SignatureValid, int AnsweredWith);
}
