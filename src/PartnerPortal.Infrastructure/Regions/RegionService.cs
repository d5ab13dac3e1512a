using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Regions;
using PartnerPortal.Infrastructure.Access;

namespace PartnerPortal.Infrastructure.Regions;

/// <summary>Regions: a list everyone signed in may pick from, maintained by administrators.</summary>
public sealed class RegionService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser)
{
    public async Task<IReadOnlyList<RegionOption>> ListOptionsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Regions.AsNoTracking().OrderBy(r => r.Code)
            .Select(r => new RegionOption(r.Id, r.Code, r.Name, r.NameEn)).ToListAsync(ct);
    }

    /// <summary>The regions of the partners the caller sees (a channel manager's own regions), for region filters of lists.</summary>
    public async Task<IReadOnlyList<RegionOption>> ListInScopeAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var regionIds = db.Partners.Select(p => p.RegionId);
        return await db.Regions.AsNoTracking().Where(r => regionIds.Contains(r.Id)).OrderBy(r => r.Code)
            .Select(r => new RegionOption(r.Id, r.Code, r.Name, r.NameEn)).ToListAsync(ct);
    }

    /// <summary>Every region with its partner count and managers (Admin only).</summary>
    public async Task<IReadOnlyList<RegionListItem>> ListAsync(CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        await using var db = await contexts.CreateAsync(ct);
        var managers = await db.ManagerRegions.AsNoTracking()
            .Select(m => new { m.RegionId, Name = m.User!.DisplayName != "" ? m.User.DisplayName : m.User.Email! })
            .ToListAsync(ct);
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Code)
            .Select(r => new { r.Id, r.Code, r.Name, r.NameEn, Partners = db.Partners.Count(p => p.RegionId == r.Id) })
            .ToListAsync(ct);
        return regions.Select(r => new RegionListItem(r.Id, r.Code, r.Name, r.NameEn, r.Partners,
            managers.Where(m => m.RegionId == r.Id).Select(m => m.Name).Order().ToList())).ToList();
    }

    public async Task<Outcome<int>> SaveAsync(int? id, RegionDraft draft, CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        draft = new RegionDraft(TextRules.NormalizeCode(draft.Code), (draft.Name ?? "").Trim(), (draft.NameEn ?? "").Trim());
        var problems = new List<Problem>();
        TextRules.Code(problems, nameof(draft.Code), draft.Code, Region.CodeMaxLength);
        TextRules.Required(problems, nameof(draft.Name), draft.Name, Region.NameMaxLength);
        TextRules.Optional(problems, nameof(draft.NameEn), draft.NameEn, Region.NameMaxLength);

        await using var db = await contexts.CreateAsync(ct);
        if (await db.Regions.AnyAsync(r => r.Code == draft.Code && r.Id != id, ct))
            problems.Add(new Problem(ProblemCodes.Duplicate, nameof(draft.Code), draft.Code));
        if (problems.Count > 0) return Outcome<int>.Failed(problems);

        var region = id is null ? db.Regions.Add(new Region()).Entity : await db.Regions.FindAsync([id], ct);
        if (region is null) return Outcome<int>.Failed(ProblemCodes.NotFound);
        (region.Code, region.Name, region.NameEn) = (draft.Code, draft.Name, draft.NameEn);
        await db.SaveChangesAsync(ct);
        return Outcome<int>.Success(region.Id);
    }

    /// <summary>Deletes an empty region; a region that still has partners is refused.</summary>
    public async Task<Outcome> DeleteAsync(int id, CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        await using var db = await contexts.CreateAsync(ct);
        var region = await db.Regions.FindAsync([id], ct);
        if (region is null) return Outcome.Failed(ProblemCodes.NotFound);
        if (await db.Partners.AnyAsync(p => p.RegionId == id, ct)) return Outcome.Failed(ProblemCodes.RegionInUse);
        db.Regions.Remove(region);
        await db.SaveChangesAsync(ct);
        return Outcome.Success;
    }
}
