using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerPortal.Domain.Access;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Partners;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// Runs at start-up: creates and migrates the database, makes sure the roles exist, loads the demo
/// data into an empty database when asked to, and creates the first administrator when configured.
/// </summary>
public sealed class DatabaseInitializer(
    IServiceScopeFactory scopes, DatabaseOptions database, IOptions<SeedOptions> seed, TimeProvider clock, ILogger<DatabaseInitializer> log)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Actor = Actor.System("start-up");
        db.Scope = AccessScope.Everything;

        if (database.MigrateOnStartup) await MigrateAsync(db, ct);
        if (await Auditing.AuditPartnerBackfill.RunAsync(db, ct) is > 0 and var filled)
            log.LogInformation("Gave {Count} earlier audit entries the partner they concern", filled);
        await EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());

        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (seed.Value.DemoData && await IsEmptyAsync(db, ct))
        {
            var folder = Path.Combine(AppContext.BaseDirectory, seed.Value.DemoDataFolder);
            var documentFiles = scope.ServiceProvider.GetRequiredService<PartnerDocumentFiles>();
            var returnPhotos = scope.ServiceProvider.GetRequiredService<Returns.ReturnPhotoFiles>();
            await new DemoSeeder(db, users, clock, documentFiles, returnPhotos).SeedAsync(DemoData.Load(folder), DemoCommerceData.Load(folder),
                seed.Value.DemoOrderHistoryMonths, ct, seed.Value.DemoRebates ? DemoRebateSeeder.Load(folder) : null,
                seed.Value.DemoPoints ? DemoPointsSeeder.Load(folder) : null,
                seed.Value.DemoCourses ? DemoCourseSeeder.Load(folder) : null, DemoDocumentSeeder.Load(folder));
            log.LogInformation("Loaded the demo data from {Folder}", folder);
        }
        // A database from before the month totals, or one whose shipments were loaded past the context, gets them once.
        if (await Dashboards.ShipmentMonthTotals.EnsureAsync(db, ct)) log.LogInformation("Summed the shipments into month totals");
        await EnsureAdministratorAsync(users, ct);
    }

    /// <summary>True when the database holds neither regions nor users: demo data never lands on real data.</summary>
    public static async Task<bool> IsEmptyAsync(PortalDbContext db, CancellationToken ct) =>
        !await db.Regions.AnyAsync(ct) && !await db.Users.AnyAsync(ct);

    private async Task MigrateAsync(PortalDbContext db, CancellationToken ct)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        await db.Database.MigrateAsync(ct);
        // WAL lets readers go on while one writer writes; the setting is stored in the file.
        if (database.Provider == DatabaseProvider.Sqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in PortalRoles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
    }

    private async Task EnsureAdministratorAsync(UserManager<PortalUser> users, CancellationToken ct)
    {
        var (email, password) = (seed.Value.AdminEmail, seed.Value.AdminPassword);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password)) return;
        if ((await users.GetUsersInRoleAsync(PortalRoles.Admin)).Count > 0) return;
        var admin = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator", CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
            throw new InvalidOperationException("Seed:AdminEmail could not be created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(admin, PortalRoles.Admin);
        log.LogInformation("Created the administrator {Email}", email);
        ct.ThrowIfCancellationRequested();
    }
}
