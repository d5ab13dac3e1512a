using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Access;

/// <summary>
/// The only way application services get a database context: each context is created for one
/// operation and carries the caller's <see cref="AccessScope"/>, which the query filters and the
/// scope guard apply to every partner-owned row.
/// </summary>
public sealed class PortalDbContextFactory(IDbContextFactory<PortalDbContext> factory, ICurrentUserAccessor currentUser)
{
    /// <summary>A context scoped to the signed-in user.</summary>
    public async Task<PortalDbContext> CreateAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Actor = user.Actor;
        db.Scope = await ResolveScopeAsync(db, user, cancellationToken);
        return db;
    }

    /// <summary>A context that sees every partner. For background jobs and seeding only: it bypasses scoping.</summary>
    public async Task<PortalDbContext> CreateForSystemAsync(string job, CancellationToken cancellationToken = default)
    {
        var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Actor = Actor.System(job);
        db.Scope = AccessScope.Everything;
        return db;
    }

    private static async Task<AccessScope> ResolveScopeAsync(PortalDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (!user.IsAuthenticated) return AccessScope.Nothing;
        if (user.IsIntegration)
            return user.IntegrationRegionIds is { Count: > 0 } regions ? AccessScope.ForRegions(regions) : AccessScope.Everything;
        var partnerId = await db.Users.Where(u => u.Id == user.UserId).Select(u => u.PartnerId).FirstOrDefaultAsync(ct);
        var regionIds = user.IsInRole(PortalRoles.ChannelManager)
            ? await db.ManagerRegions.Where(m => m.UserId == user.UserId).Select(m => m.RegionId).ToListAsync(ct)
            : [];
        return AccessScope.For(user.Roles, partnerId, regionIds);
    }
}
