using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Access;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// Sends the outbox to the webhook endpoints. A run first fans out: each event not yet dispatched gets one
/// <see cref="WebhookDelivery"/> per active endpoint subscribed to its type, in one transaction with marking the event
/// dispatched (the unique index on endpoint and event keeps a repeated fan-out from doubling a delivery). It then posts
/// every due pending delivery, signed (<see cref="WebhookSignature"/>): a 2xx answer delivers it; anything else, a timeout
/// or a refused connection schedules a retry after <see cref="WebhookRules.RetryDelay"/>, until the attempts are used up.
/// Of an answer that is not 2xx only the status code and a line of its text are kept (<see cref="WebhookAnswer"/>). The
/// client connects only to addresses <see cref="WebhookTargetGuard"/> vetted, and follows no redirect.
/// An endpoint whose stored secret the key ring cannot read gets no request: the attempt fails the same way.
/// </summary>
public sealed class WebhookDispatcher(PortalDbContextFactory contexts, IHttpClientFactory httpClients, IOptions<WebhookOptions> options,
    TimeProvider clock, WebhookSecretProtector secrets, ILogger<WebhookDispatcher> logger)
{
    public const string HttpClientName = "webhooks";
    public const string EventHeader = "X-PartnerPortal-Event";
    public const string EventIdHeader = "X-PartnerPortal-Event-Id";
    public const string DeliveryHeader = "X-PartnerPortal-Delivery";
    public const string TimestampHeader = "X-PartnerPortal-Timestamp";
    public const string SignatureHeader = "X-PartnerPortal-Signature";
    /// <summary>The attempt's error when the endpoint's secret cannot be unprotected; it names the way out, not the secret.</summary>
    public const string UnreadableSecretError = "The endpoint's signing secret cannot be read (the key ring changed); rotate the secret.";

    private const string Job = "webhooks";
    private const int BatchSize = 100;
    private const int ParallelSends = 4;
    /// <summary>How long a claimed delivery is left alone beyond the timeout: a server that stops mid-send leaves it due again.</summary>
    private static readonly TimeSpan LeaseMargin = TimeSpan.FromSeconds(30);

    public async Task<WebhookRunResult> RunOnceAsync(CancellationToken ct = default)
    {
        var events = await FanOutAsync(ct);
        var sent = await SendDueAsync(ct);
        return sent with { Events = events };
    }

    /// <summary>Creates the deliveries of every event not yet dispatched; returns the number of events dispatched.</summary>
    public async Task<int> FanOutAsync(CancellationToken ct = default)
    {
        var total = 0;
        while (true)
        {
            var count = await FanOutBatchAsync(ct);
            total += count;
            if (count < BatchSize) return total;
        }
    }

    private async Task<int> FanOutBatchAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateForSystemAsync(Job, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var events = await db.OutboxEvents.Where(e => e.DispatchedAt == null).OrderBy(e => e.Id).Take(BatchSize).ToListAsync(ct);
        if (events.Count == 0) return 0;
        var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => e.IsActive).Select(e => new { e.Id, e.Events }).ToListAsync(ct);
        var eventIds = events.Select(e => e.Id).ToList();
        var existing = (await db.WebhookDeliveries.Where(d => eventIds.Contains(d.OutboxEventId))
            .Select(d => new { d.EndpointId, d.OutboxEventId }).ToListAsync(ct))
            .Select(d => (d.EndpointId, d.OutboxEventId)).ToHashSet();

        var now = clock.GetUtcNow();
        foreach (var e in events)
        {
            foreach (var endpoint in endpoints.Where(p => p.Events.Contains(e.Type)))
            {
                if (!existing.Add((endpoint.Id, e.Id))) continue;
                db.WebhookDeliveries.Add(new WebhookDelivery
                {
                    EndpointId = endpoint.Id, OutboxEventId = e.Id, Status = WebhookDeliveryStatus.Pending, NextAttemptAt = now, CreatedAt = now,
                });
            }
            e.DispatchedAt = now;
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return events.Count;
    }

    /// <summary>Posts the pending deliveries that are due to active endpoints, a few at a time.</summary>
    public async Task<WebhookRunResult> SendDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        List<long> due;
        await using (var db = await contexts.CreateForSystemAsync(Job, ct))
        {
            due = await db.WebhookDeliveries
                .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && d.Endpoint!.IsActive)
                .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id).Select(d => d.Id).Take(BatchSize).ToListAsync(ct);
        }
        var outcomes = new ConcurrentBag<WebhookDeliveryStatus>();
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = ParallelSends, CancellationToken = ct }, async (id, token) =>
        {
            if (await AttemptAsync(id, now, token) is { } status) outcomes.Add(status);
        });
        return new WebhookRunResult(0, outcomes.Count(s => s == WebhookDeliveryStatus.Delivered),
            outcomes.Count(s => s == WebhookDeliveryStatus.Pending), outcomes.Count(s => s == WebhookDeliveryStatus.Failed));
    }

    /// <returns>The delivery's status after the attempt, or null when another dispatcher had claimed it.</returns>
    private async Task<WebhookDeliveryStatus?> AttemptAsync(long id, DateTimeOffset now, CancellationToken ct)
    {
        var settings = options.Value;
        await using var db = await contexts.CreateForSystemAsync(Job, ct);
        // Claimed with a guarded update, so that a second server polling at the same moment does not post it as well.
        var lease = now + settings.Timeout + LeaseMargin;
        var claimed = await db.WebhookDeliveries
            .Where(d => d.Id == id && d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, lease), ct);
        if (claimed == 0) return null;
        var delivery = await db.WebhookDeliveries.Include(d => d.Endpoint).Include(d => d.Event).SingleAsync(d => d.Id == id, ct);

        var (statusCode, error) = await PostAsync(delivery, settings, ct);
        var at = clock.GetUtcNow();
        delivery.Attempts++;
        delivery.LastAttemptAt = at;
        delivery.LastStatusCode = statusCode;
        if (statusCode is >= 200 and < 300)
        {
            delivery.Status = WebhookDeliveryStatus.Delivered;
            delivery.DeliveredAt = at;
            delivery.NextAttemptAt = at;
            delivery.LastError = "";
        }
        else
        {
            delivery.LastError = error.Length > WebhookDelivery.ErrorMaxLength ? error[..WebhookDelivery.ErrorMaxLength] : error;
            if (WebhookRules.RetryDelay(delivery.Attempts, settings.Attempts, settings.FirstRetry) is { } delay)
                delivery.NextAttemptAt = at + delay;
            else
                (delivery.Status, delivery.NextAttemptAt) = (WebhookDeliveryStatus.Failed, at);
            logger.LogWarning("Webhook delivery {Delivery} of {Event} to {Url} failed (attempt {Attempt}): {Error}",
                delivery.Id, delivery.Event!.Type, delivery.Endpoint!.Url, delivery.Attempts, delivery.LastError);
        }
        // Recorded even while stopping: the attempt happened.
        await db.SaveChangesAsync(CancellationToken.None);
        return delivery.Status;
    }

    private async Task<(int? StatusCode, string Error)> PostAsync(WebhookDelivery delivery, WebhookOptions settings, CancellationToken ct)
    {
        // Unsigned or wrongly signed requests would only be refused by the receiver: nothing is sent.
        if (!secrets.TryUnprotect(delivery.Endpoint!.ProtectedSecret, out var secret)) return (null, UnreadableSecretError);
        var body = delivery.Event!.Payload;
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Endpoint.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add(EventHeader, delivery.Event.Type);
        request.Headers.Add(EventIdHeader, delivery.Event.EventId.ToString());
        request.Headers.Add(DeliveryHeader, delivery.Id.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(SignatureHeader, WebhookSignature.Compute(secret, timestamp, body));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var code = (int)response.StatusCode;
            if (response.IsSuccessStatusCode) return (code, "");
            // Only the code and a line of the text: the answer is the receiver's, and it is shown to admins.
            var excerpt = await ExcerptAsync(response.Content, timeout.Token);
            return (code, excerpt.Length == 0 ? $"HTTP {code}" : $"HTTP {code}: {excerpt}");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"No answer within {settings.Timeout.TotalSeconds:0.#} s"));
        }
        catch (HttpRequestException e) when (e.InnerException is WebhookTargetRefusedException refused)
        {
            return (null, refused.Message);
        }
        catch (HttpRequestException e)
        {
            return (null, e.Message);
        }
    }

    /// <summary>
    /// <see cref="WebhookAnswer.Excerpt"/> of the first <see cref="WebhookAnswer.BodyReadLimit"/> bytes of a text answer, in its
    /// charset (UTF-8 by default); nothing of an HTML or binary one is read.
    /// </summary>
    private static async Task<string> ExcerptAsync(HttpContent content, CancellationToken ct)
    {
        var type = content.Headers.ContentType;
        if (!WebhookAnswer.IsExcerptable(type?.MediaType)) return "";
        var buffer = new byte[WebhookAnswer.BodyReadLimit];
        var read = 0;
        await using (var stream = await content.ReadAsStreamAsync(ct))
        {
            int n;
            while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), ct)) > 0) read += n;
        }
        Encoding encoding;
        try
        {
            encoding = type?.CharSet is { Length: > 0 } charset ? Encoding.GetEncoding(charset.Trim('"')) : Encoding.UTF8;
        }
        catch (ArgumentException)
        {
            encoding = Encoding.UTF8;
        }
        return WebhookAnswer.Excerpt(type?.MediaType, encoding.GetString(buffer, 0, read));
    }
}

/// <summary>What one dispatcher run did: events fanned out, and deliveries delivered, to be retried, and failed for good.</summary>
public sealed record WebhookRunResult(int Events, int Delivered, int Retrying, int Failed);
