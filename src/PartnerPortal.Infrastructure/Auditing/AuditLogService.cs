using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Users;

namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>
/// The audit log on screen: entries newest first, a page at a time, with the log's filters. Scoped by the context's query
/// filter on <see cref="AuditEntry"/>: an administrator reads everything, a channel manager the entries of their regions'
/// partners, whatever partner id the address names.
/// </summary>
public sealed class AuditLogService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    /// <summary>The user filter offers at most this many actors, the most recent first.</summary>
    public const int MaxUserChoices = 500;

    public async Task<PagedResult<AuditLogItem>> ListAsync(PageRequest page, AuditLogFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await OpenAsync(ct);
        var query = db.AuditEntries.AsNoTracking().Filter(filter, clock);
        var total = await query.CountAsync(ct);
        var entries = await query.NewestFirst().Skip(page.Skip).Take(page.SafePageSize)
            .Select(a => new { a.Id, a.OccurredAt, a.UserName, a.EntityType, a.EntityKey, a.Action, a.PartnerId, a.Changes })
            .ToListAsync(ct);

        var partnerIds = entries.Where(e => e.PartnerId is not null).Select(e => e.PartnerId!.Value).Distinct().ToList();
        var partners = await db.Partners.AsNoTracking().Where(p => partnerIds.Contains(p.Id))
            .Select(p => new AuditPartner(p.Id, p.Code, new LocalName(p.Name, p.NameEn)))
            .ToDictionaryAsync(p => p.Id, ct);
        var actors = await ActorsAsync(db, entries.Select(e => e.UserName), ct);

        var items = entries.Select(e => new AuditLogItem(e.Id, e.OccurredAt, actors(e.UserName), e.EntityType, e.EntityKey, e.Action,
                e.PartnerId is { } id && partners.TryGetValue(id, out var partner) ? partner : null, AuditChanges.Read(e.Changes)))
            .ToList();
        return new PagedResult<AuditLogItem>(items, total);
    }

    /// <summary>The entity types and the actors that occur in the entries the caller may see, for the filters.</summary>
    public async Task<AuditLogChoices> ChoicesAsync(CancellationToken ct = default)
    {
        await using var db = await OpenAsync(ct);
        var types = await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
        var names = await db.AuditEntries.AsNoTracking().GroupBy(a => a.UserName)
            .Select(g => new { UserName = g.Key, Last = g.Max(a => a.Id) })
            .OrderByDescending(g => g.Last).Take(MaxUserChoices).Select(g => g.UserName).ToListAsync(ct);
        var actors = await ActorsAsync(db, names, ct);
        var users = names.Where(n => n.Length > 0).Select(n => new AuditUserOption(n, actors(n)))
            .OrderBy(u => u.Actor.Kind).ThenBy(u => u.Actor.Name, StringComparer.CurrentCulture).ToList();
        return new AuditLogChoices(types, users);
    }

    /// <summary>How many entries the filters select, e.g. to refuse an export that would be too large.</summary>
    public async Task<int> CountAsync(AuditLogFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await OpenAsync(ct);
        return await db.AuditEntries.AsNoTracking().Filter(filter, clock).CountAsync(ct);
    }

    /// <summary>
    /// The filtered entries for the Excel export, newest first, read as they are written and never all held at once; partner
    /// and actor names are looked up once per distinct value.
    /// </summary>
    public async IAsyncEnumerable<AuditLogItem> RowsAsync(AuditLogFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await OpenAsync(ct);
        // Names are looked up on a second context: the first one is busy streaming the entries.
        await using var lookups = await contexts.CreateAsync(ct);
        var partners = new Dictionary<int, AuditPartner?>();
        var actors = new Dictionary<string, AuditActor>(StringComparer.Ordinal);
        var rows = db.AuditEntries.AsNoTracking().Filter(filter, clock).NewestFirst()
            .Select(a => new { a.Id, a.OccurredAt, a.UserName, a.EntityType, a.EntityKey, a.Action, a.PartnerId, a.Changes })
            .AsAsyncEnumerable();
        await foreach (var e in rows.WithCancellation(ct))
        {
            AuditPartner? partner = null;
            if (e.PartnerId is { } id && !partners.TryGetValue(id, out partner))
                partners[id] = partner = await lookups.Partners.AsNoTracking().Where(p => p.Id == id)
                    .Select(p => new AuditPartner(p.Id, p.Code, new LocalName(p.Name, p.NameEn))).FirstOrDefaultAsync(ct);
            if (!actors.TryGetValue(e.UserName, out var actor))
                actors[e.UserName] = actor = (await ActorsAsync(lookups, [e.UserName], ct))(e.UserName);
            yield return new AuditLogItem(e.Id, e.OccurredAt, actor, e.EntityType, e.EntityKey, e.Action, partner, AuditChanges.Read(e.Changes));
        }
    }

    private async Task<PortalDbContext> OpenAsync(CancellationToken ct)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        return await contexts.CreateAsync(ct);
    }

    private static async Task<Func<string, AuditActor>> ActorsAsync(PortalDbContext db, IEnumerable<string> stored, CancellationToken ct)
    {
        var displayNames = await ActorNames.ResolveAsync(db, stored.Where(n => AuditActor.Of(n).Kind == Domain.Auditing.AuditActorKind.User), ct);
        return name =>
        {
            var shown = displayNames(name);
            return AuditActor.Of(name, shown == name ? null : shown);
        };
    }
}
