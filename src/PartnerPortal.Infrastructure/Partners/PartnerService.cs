using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Partners;

/// <summary>
/// Reading partners (for everyone, through the caller's scope) and maintaining them (Admin only).
/// No method filters by partner or region itself: the context's scope does.
/// </summary>
public sealed class PartnerService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    public async Task<PagedResult<PartnerListItem>> ListAsync(PageRequest page, PartnerFilter filter, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var query = db.Partners.AsNoTracking();
        // LIKE ignores case on both providers (SQLite for ASCII, SQL Server by collation): "p0002" finds P0002.
        if (page.SearchPattern is { } like)
            query = query.Where(p => EF.Functions.Like(p.Code, like, PageRequest.LikeEscape)
                || EF.Functions.Like(p.Name, like, PageRequest.LikeEscape) || EF.Functions.Like(p.NameEn, like, PageRequest.LikeEscape));
        if (filter.RegionId is { } regionId) query = query.Where(p => p.RegionId == regionId);
        if (filter.Type is { } type) query = query.Where(p => p.Type == type);
        if (filter.Status is { } status) query = query.Where(p => p.Status == status);
        if (filter.Tier is { } tier) query = query.Where(p => p.Tier == tier);
        if (filter.SilentDays is { } days) query = query.Silent(db.Orders, SilentPartners.Since(clock, days));

        var total = await query.CountAsync(ct);
        var sorted = (page.SortBy, page.Descending) switch
        {
            ("Name", false) => query.OrderBy(p => p.Name),
            ("Name", true) => query.OrderByDescending(p => p.Name),
            ("Region", false) => query.OrderBy(p => p.Region!.Code).ThenBy(p => p.Code),
            ("Region", true) => query.OrderByDescending(p => p.Region!.Code).ThenBy(p => p.Code),
            ("Type", false) => query.OrderBy(p => p.Type).ThenBy(p => p.Code),
            ("Type", true) => query.OrderByDescending(p => p.Type).ThenBy(p => p.Code),
            ("Tier", false) => query.OrderBy(p => p.Tier).ThenBy(p => p.Code),
            ("Tier", true) => query.OrderByDescending(p => p.Tier).ThenBy(p => p.Code),
            ("Status", false) => query.OrderBy(p => p.Status).ThenBy(p => p.Code),
            ("Status", true) => query.OrderByDescending(p => p.Status).ThenBy(p => p.Code),
            (_, true) => query.OrderByDescending(p => p.Code),
            _ => query.OrderBy(p => p.Code),
        };
        var items = await sorted.Skip(page.Skip).Take(page.SafePageSize)
            .Select(p => new PartnerListItem(p.Id, p.Code, p.Name, p.NameEn, p.Type, p.Tier, p.Status, p.CreditRating,
                p.Region!.Name, p.Region.NameEn, p.ParentPartner != null ? new LocalName(p.ParentPartner.Name, p.ParentPartner.NameEn) : null,
                db.Orders.Where(o => o.PartnerId == p.Id && o.Status != OrderStatus.Draft).Max(o => (DateTimeOffset?)o.SubmittedAt)))
            .ToListAsync(ct);
        return new PagedResult<PartnerListItem>(items, total);
    }

    /// <summary>The partner's profile, or null when it does not exist or is outside the caller's scope.</summary>
    public async Task<PartnerDetails?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var partner = await db.Partners.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                p.Id, p.Code, p.Name, p.NameEn, p.Type, p.Tier, p.Status, p.CreditRating, p.RegionId,
                RegionName = p.Region!.Name, RegionNameEn = p.Region.NameEn, p.ParentPartnerId,
                Contacts = p.Contacts.OrderByDescending(c => c.IsPrimary).ThenBy(c => c.Id)
                    .Select(c => new ContactView(c.Name, c.Title, c.Phone, c.Email, c.IsPrimary)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (partner is null) return null;

        // Outside the caller's scope (a dealer's own distributor) the parent stays unnamed.
        var parent = partner.ParentPartnerId is { } parentId
            ? await db.Partners.AsNoTracking().Where(p => p.Id == parentId)
                .Select(p => new PartnerRef(p.Id, p.Code, new LocalName(p.Name, p.NameEn))).FirstOrDefaultAsync(ct)
            : null;
        var subPartners = await db.Partners.AsNoTracking().Where(p => p.ParentPartnerId == id).OrderBy(p => p.Code)
            .Select(p => new PartnerRef(p.Id, p.Code, new LocalName(p.Name, p.NameEn))).ToListAsync(ct);

        return new PartnerDetails(partner.Id, partner.Code, partner.Name, partner.NameEn, partner.Type, partner.Tier,
            partner.Status, partner.CreditRating, partner.RegionId, partner.RegionName, partner.RegionNameEn,
            partner.ParentPartnerId, parent?.Code, parent?.Name, partner.Contacts, subPartners);
    }

    /// <summary>The partner's code and name, or null when it does not exist or is outside the caller's scope.</summary>
    public async Task<PartnerRef?> GetRefAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Partners.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PartnerRef(p.Id, p.Code, new LocalName(p.Name, p.NameEn))).FirstOrDefaultAsync(ct);
    }

    /// <summary>The id of the signed-in partner user's own partner, if they have one.</summary>
    public async Task<int?> GetOwnPartnerIdAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return db.Scope.Kind == ScopeKind.Partner ? db.Scope.PartnerId : null;
    }

    /// <summary>Distributors a partner of the region may be placed under (for the parent picker).</summary>
    public async Task<IReadOnlyList<PartnerRef>> ListDistributorsAsync(int regionId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Partners.AsNoTracking()
            .Where(p => p.RegionId == regionId && p.Type == PartnerType.Distributor).OrderBy(p => p.Code)
            .Select(p => new PartnerRef(p.Id, p.Code, new LocalName(p.Name, p.NameEn))).ToListAsync(ct);
    }

    /// <summary>The partner as the edit form needs it (Admin only).</summary>
    public async Task<PartnerDraft?> GetDraftAsync(int id, CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        await using var db = await contexts.CreateAsync(ct);
        return await db.Partners.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PartnerDraft(p.Code, p.Name, p.NameEn, p.Type, p.Tier, p.Status, p.CreditRating, p.RegionId,
                p.ParentPartnerId,
                p.Contacts.OrderBy(c => c.Id)
                    .Select(c => new ContactDraft(c.Name, c.Title, c.Phone, c.Email, c.IsPrimary)).ToList()))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Creates (id null) or updates a partner with its contacts, in one save. Admin only.</summary>
    public async Task<Outcome<int>> SaveAsync(int? id, PartnerDraft draft, CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        draft = Normalize(draft);
        await using var db = await contexts.CreateAsync(ct);

        var parent = draft.ParentPartnerId is { } parentId
            ? await db.Partners.Where(p => p.Id == parentId).Select(p => new ParentFacts(p.Id, p.Type, p.RegionId)).FirstOrDefaultAsync(ct)
            : null;
        var problems = PartnerRules.Validate(draft, id, parent).ToList();
        if (draft.RegionId > 0 && !await db.Regions.AnyAsync(r => r.Id == draft.RegionId, ct))
            problems.Add(new Problem(ProblemCodes.NotFound, nameof(draft.RegionId)));
        if (await db.Partners.AnyAsync(p => p.Code == draft.Code && p.Id != id, ct))
            problems.Add(new Problem(ProblemCodes.Duplicate, nameof(draft.Code), draft.Code));
        // A distributor's sub-dealers must keep a distributor of their own region as parent.
        if (id is not null && (draft.Type != PartnerType.Distributor || await db.Partners.AnyAsync(p => p.Id == id && p.RegionId != draft.RegionId, ct))
            && await db.Partners.AnyAsync(p => p.ParentPartnerId == id, ct))
            problems.Add(new Problem(ProblemCodes.HasSubPartners, draft.Type != PartnerType.Distributor ? nameof(draft.Type) : nameof(draft.RegionId)));
        if (problems.Count > 0) return Outcome<int>.Failed(problems);

        Partner? partner;
        if (id is null)
        {
            partner = new Partner();
            db.Partners.Add(partner);
        }
        else
        {
            partner = await db.Partners.Include(p => p.Contacts.OrderBy(c => c.Id)).FirstOrDefaultAsync(p => p.Id == id, ct);
            if (partner is null) return Outcome<int>.Failed(ProblemCodes.NotFound);
        }
        Apply(partner, draft);
        await db.SaveChangesAsync(ct);
        return Outcome<int>.Success(partner.Id);
    }

    private static PartnerDraft Normalize(PartnerDraft d) => d with
    {
        Code = TextRules.NormalizeCode(d.Code),
        Name = (d.Name ?? "").Trim(),
        NameEn = (d.NameEn ?? "").Trim(),
        Contacts = d.Contacts.Select(c => new ContactDraft((c.Name ?? "").Trim(), (c.Title ?? "").Trim(),
            (c.Phone ?? "").Trim(), (c.Email ?? "").Trim(), c.IsPrimary)).ToList(),
    };

    private static void Apply(Partner p, PartnerDraft d)
    {
        (p.Code, p.Name, p.NameEn, p.Type, p.Tier, p.Status, p.CreditRating, p.RegionId, p.ParentPartnerId) =
            (d.Code, d.Name, d.NameEn, d.Type, d.Tier, d.Status, d.CreditRating, d.RegionId, d.ParentPartnerId);
        // Contacts are a small list edited as a whole: replace them, keeping rows whose position is unchanged.
        for (var i = 0; i < d.Contacts.Count; i++)
        {
            var c = d.Contacts[i];
            var row = i < p.Contacts.Count ? p.Contacts[i] : new PartnerContact { PartnerId = p.Id };
            (row.Name, row.Title, row.Phone, row.Email, row.IsPrimary) = (c.Name, c.Title, c.Phone, c.Email, c.IsPrimary);
            if (i >= p.Contacts.Count) p.Contacts.Add(row);
        }
        p.Contacts.RemoveRange(d.Contacts.Count, p.Contacts.Count - d.Contacts.Count);
    }
}
