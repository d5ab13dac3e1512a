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
        var db = Create();
        try
        {
            var user = await currentUser.GetAsync(cancellationToken);
            db.Actor = user.Actor;
            db.Scope = await ResolveScopeAsync(db, user, cancellationToken);
            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>A context that sees every partner. For background jobs and seeding only: it bypasses scoping.</summary>
    public Task<PortalDbContext> CreateForSystemAsync(string job, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var db = Create();
        db.Actor = Actor.System(job);
        db.Scope = AccessScope.Everything;
        return Task.FromResult(db);
    }

    // Made before the first await, while the service that asked for it is still on the stack: on SQL Server, where commands
    // complete asynchronously, that is how a slow command names its caller (SlowQueryInterceptor).
    private PortalDbContext Create()
    {
        var db = factory.CreateDbContext();
        if (db.Database.IsSqlServer()) db.Caller = CommandCaller.FromStack();
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
