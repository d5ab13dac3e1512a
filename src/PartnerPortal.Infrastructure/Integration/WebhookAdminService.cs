using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// Webhook endpoints and their deliveries, for administrators only. Endpoint changes are audited (the entity is
/// <see cref="Domain.Auditing.IAudited"/>; the audit log masks the secret). The secret is made here, 32 random bytes,
/// and shown once when the endpoint is created or the secret rotated; only its protected form is stored
/// (<see cref="WebhookSecretProtector"/>). A URL whose host resolves to an address inside a network is refused, naming the
/// address and why (<see cref="WebhookTargetGuard"/>), unless the settings allow the host.
/// </summary>
public sealed class WebhookAdminService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock,
    WebhookSecretProtector secrets, WebhookTargetGuard targets)
{
    /// <exception cref="ScopeViolationException">The caller is not an admin.</exception>
    public async Task<IReadOnlyList<WebhookEndpointRow>> ListEndpointsAsync(CancellationToken ct = default)
    {
        await using var db = await AdminContextAsync(ct);
        var endpoints = await db.WebhookEndpoints.AsNoTracking().OrderBy(e => e.Id).ToListAsync(ct);
        return endpoints.Select(e => new WebhookEndpointRow(e.Id, e.Url, e.Description, e.Events, e.IsActive, e.CreatedAt,
            secrets.TryUnprotect(e.ProtectedSecret, out _))).ToList();
    }

    /// <exception cref="ScopeViolationException">The caller is not an admin.</exception>
    public async Task<Outcome<WebhookSecret>> CreateAsync(WebhookEndpointDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await AdminContextAsync(ct);
        var problems = await ValidateAsync(draft, ct);
        if (problems.Count > 0) return Outcome<WebhookSecret>.Failed(problems);
        var secret = NewSecret();
        var endpoint = new WebhookEndpoint
        {
            Url = draft.Url.Trim(), Description = (draft.Description ?? "").Trim(), Events = Events(draft),
            ProtectedSecret = secrets.Protect(secret), IsActive = true, CreatedAt = clock.GetUtcNow(),
        };
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(ct);
        return Outcome<WebhookSecret>.Success(new WebhookSecret(endpoint.Id, secret));
    }

    /// <summary>Changes the URL, description and events; the secret stays.</summary>
    /// <exception cref="ScopeViolationException">The caller is not an admin.</exception>
    public async Task<Outcome> UpdateAsync(int id, WebhookEndpointDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await AdminContextAsync(ct);
        var problems = await ValidateAsync(draft, ct);
        if (problems.Count > 0) return Outcome.Failed(problems);
        var endpoint = await db.WebhookEndpoints.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (endpoint is null) return Outcome.Failed(ProblemCodes.NotFound);
        endpoint.Url = draft.Url.Trim();
        endpoint.Description = (draft.Description ?? "").Trim();
        var events = Events(draft);
        // A primitive collection is compared by reference: assign only a real change, so an unchanged list is not audited.
        if (!events.SequenceEqual(endpoint.Events)) endpoint.Events = events;
        await db.SaveChangesAsync(ct);
        return Outcome.Success;
    }

    /// <summary>
    /// Replaces the secret; the receiver must be given the new one, which is returned once. Also the way out when the stored
    /// secret can no longer be read (the key ring changed).
    /// </summary>
    /// <exception cref="ScopeViolationException">The caller is not an admin.</exception>
    public async Task<Outcome<WebhookSecret>> RotateSecretAsync(int id, CancellationToken ct = default)
    {
        await using var db = await AdminContextAsync(ct);
        var endpoint = await db.WebhookEndpoints.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (endpoint is null) return Outcome<WebhookSecret>.Failed(ProblemCodes.NotFound);
        var secret = NewSecret();
        endpoint.ProtectedSecret = secrets.Protect(secret);
        await db.SaveChangesAsync(ct);
        return Outcome<WebhookSecret>.Success(new WebhookSecret(endpoint.Id, secret));
    }

    /// <summary>An inactive endpoint gets no new deliveries, and its pending ones wait until it is active again.</summary>
    /// <exception cref="ScopeViolationException">The caller is not an admin.</exception>
    public async Task<Outcome> SetActiveAsync(int id, bool active, CancellationToken ct = default)
    {
        await using var db = await AdminContextAsync(ct);
        var endpoint = await db.WebhookEndpoints.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (endpoint is null) return Outcome.Failed(ProblemCodes.NotFound);
        endpoint.IsActive = active;
        await db.SaveChangesAsync(ct);
        return Outcome.Success;
    }

    /// <summary>Deletes the endpoint with its deliveries; the events stay in the outbox.</summary>
    /// <exception cref="ScopeViolationException">The caller is not an admin.</exception>
    public async Task<Outcome> DeleteAsync(int id, CancellationToken ct = default)
    {
        await using var db = await AdminContextAsync(ct);
        var endpoint = await db.WebhookEndpoints.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (endpoint is null) return Outcome.Failed(ProblemCodes.NotFound);
        db.WebhookEndpoints.Remove(endpoint);
        await db.SaveChangesAsync(ct);
        return Outcome.Success;
    }

    /// <summary>Deliveries newest first, filtered by status and endpoint.</summary>
    /// <exception cref="ScopeViolationException">The caller is not an admin.</exception>
    public async Task<PagedResult<WebhookDeliveryRow>> ListDeliveriesAsync(PageRequest page, WebhookDeliveryFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await AdminContextAsync(ct);
        var query = db.WebhookDeliveries.AsNoTracking();
        if (filter.Status is { } status) query = query.Where(d => d.Status == status);
        if (filter.EndpointId is { } endpointId) query = query.Where(d => d.EndpointId == endpointId);
        if (page.SearchPattern is { } like)
            query = query.Where(d => EF.Functions.Like(d.Event!.Type, like, PageRequest.LikeEscape));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(d => d.Id).Skip(page.Skip).Take(page.SafePageSize)
            .Select(d => new WebhookDeliveryRow(d.Id, d.EndpointId, d.Endpoint!.Url, d.Event!.Type, d.Event.EventId, d.Event.OccurredAt, d.Status,
                d.Attempts, d.LastStatusCode, d.LastError, d.NextAttemptAt, d.LastAttemptAt, d.DeliveredAt, d.CreatedAt))
            .ToListAsync(ct);
        // Rows written before answers were cut to an excerpt may hold a whole page: shown the same way as new ones.
        return new PagedResult<WebhookDeliveryRow>(rows.Select(r => r with { LastError = WebhookAnswer.Excerpt("text/plain", r.LastError) }).ToList(), total);
    }

    /// <summary>
    /// Sends the delivery again at the next poll, whatever its status: it becomes pending and due now. Its attempts so far
    /// are kept, so one that had failed for good gets one more attempt.
    /// </summary>
    /// <exception cref="ScopeViolationException">The caller is not an admin.</exception>
    public async Task<Outcome> RedeliverAsync(long id, CancellationToken ct = default)
    {
        await using var db = await AdminContextAsync(ct);
        var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (delivery is null) return Outcome.Failed(ProblemCodes.NotFound);
        delivery.Status = WebhookDeliveryStatus.Pending;
        delivery.NextAttemptAt = clock.GetUtcNow();
        delivery.DeliveredAt = null;
        await db.SaveChangesAsync(ct);
        return Outcome.Success;
    }

    private async Task<Data.PortalDbContext> AdminContextAsync(CancellationToken ct)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        return await contexts.CreateAsync(ct);
    }

    private async Task<List<Problem>> ValidateAsync(WebhookEndpointDraft draft, CancellationToken ct)
    {
        var problems = new List<Problem>();
        var url = draft.Url?.Trim() ?? "";
        if (url.Length == 0) problems.Add(new Problem(ProblemCodes.Required, nameof(WebhookEndpointDraft.Url)));
        else if (url.Length > WebhookEndpoint.UrlMaxLength)
            problems.Add(new Problem(ProblemCodes.TooLong, nameof(WebhookEndpointDraft.Url), WebhookEndpoint.UrlMaxLength));
        else if (!WebhookRules.IsValidUrl(url)) problems.Add(new Problem(WebhookRules.InvalidUrlProblem, nameof(WebhookEndpointDraft.Url)));
        else if (await targets.CheckAsync(url, nameof(WebhookEndpointDraft.Url), ct) is { } refused) problems.Add(refused);
        TextRules.Optional(problems, nameof(WebhookEndpointDraft.Description), draft.Description, WebhookEndpoint.DescriptionMaxLength);
        var events = draft.Events ?? [];
        if (events.Count == 0) problems.Add(new Problem(ProblemCodes.Required, nameof(WebhookEndpointDraft.Events)));
        else if (events.Any(e => !WebhookEvents.All.Contains(e)))
            problems.Add(new Problem(ProblemCodes.NotFound, nameof(WebhookEndpointDraft.Events)));
        return problems;
    }

    /// <summary>The chosen events once each, in the order of <see cref="WebhookEvents.All"/>.</summary>
    private static List<string> Events(WebhookEndpointDraft draft) => WebhookEvents.All.Where((draft.Events ?? []).Contains).ToList();

    /// <summary>32 random bytes, base64url without padding (43 characters).</summary>
    internal static string NewSecret() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
