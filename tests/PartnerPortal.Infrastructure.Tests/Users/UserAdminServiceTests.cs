using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Tests.Support;
using PartnerPortal.Infrastructure.Users;

namespace PartnerPortal.Infrastructure.Tests.Users;

public sealed class UserAdminServiceTests
{
    private const string StrongPassword = "Strong#2026";

    [Fact]
    public async Task An_admin_creates_a_dealer_for_a_partner()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p1 = await database.PartnerIdAsync("P0001");
        await database.SignInAsync(DemoUsers.Admin);

        var outcome = await database.Get<UserAdminService>()
            .CreateAsync(new UserDraft(" new.dealer@example.com ", "新经销商", PortalRoles.Dealer, p1, [], StrongPassword));

        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Problems));
        var users = database.Get<UserManager<PortalUser>>();
        var user = await users.FindByIdAsync(outcome.Value!);
        Assert.NotNull(user);
        Assert.Equal("new.dealer@example.com", user.Email);
        Assert.Equal(p1, user.PartnerId);
        Assert.Equal([PortalRoles.Dealer], await users.GetRolesAsync(user));
        Assert.True(await users.CheckPasswordAsync(user, StrongPassword));

        // The new dealer's scope is their partner.
        await database.SignInAsync("new.dealer@example.com");
        await using var db = await database.CreateContextAsync();
        Assert.Equal(["P0001"], await db.Partners.Select(p => p.Code).ToListAsync());
    }

    [Fact]
    public async Task A_dealer_without_a_partner_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);

        var outcome = await database.Get<UserAdminService>()
            .CreateAsync(new UserDraft("orphan@example.com", "No Partner", PortalRoles.Dealer, null, [], StrongPassword));

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal("Problem.PartnerRequiredForRole", problem.Code);
        Assert.Equal(nameof(UserDraft.PartnerId), problem.Field);
        Assert.Null(await database.Get<UserManager<PortalUser>>().FindByEmailAsync("orphan@example.com"));
    }

    [Fact]
    public async Task A_weak_password_is_rejected_and_leaves_no_user()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p1 = await database.PartnerIdAsync("P0001");
        await database.SignInAsync(DemoUsers.Admin);
        var before = await CountUsersAsync(database);

        var outcome = await database.Get<UserAdminService>()
            .CreateAsync(new UserDraft("weak@example.com", "Weak", PortalRoles.Dealer, p1, [], "weak"));

        Assert.False(outcome.Succeeded);
        Assert.NotEmpty(outcome.Problems);
        Assert.All(outcome.Problems, p => Assert.Equal("Problem.PasswordRejected", p.Code));
        Assert.Equal(before, await CountUsersAsync(database));
        await using var db = await database.CreateSystemContextAsync();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "weak@example.com"));
    }

    [Fact]
    public async Task A_duplicate_email_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);

        var outcome = await database.Get<UserAdminService>()
            .CreateAsync(new UserDraft(DemoUsers.DealerP0001.ToUpperInvariant(), "Copy", PortalRoles.Admin, null, [], StrongPassword));

        Assert.Equal([ProblemCodes.Duplicate], outcome.Problems.Select(p => p.Code));
    }

    [Fact]
    public async Task Locking_and_unlocking_a_user()
    {
        await using var database = await TestDatabase.CreateAsync();
        var dealerId = await database.UserIdAsync(DemoUsers.DealerP0001);
        await database.SignInAsync(DemoUsers.Admin);
        var service = database.Get<UserAdminService>();

        Assert.True((await service.SetLockedAsync(dealerId, true)).Succeeded);
        Assert.True(await IsLockedOutAsync(database, dealerId));
        Assert.True((await service.ListAsync(new PageRequest(Search: "dealer@demo"))).Items.Single().IsLockedOut);

        Assert.True((await service.SetLockedAsync(dealerId, false)).Succeeded);
        Assert.False(await IsLockedOutAsync(database, dealerId));
    }

    [Fact]
    public async Task Unlocking_lifts_a_lockout_from_failed_sign_ins()
    {
        await using var database = await TestDatabase.CreateAsync();
        var dealerId = await database.UserIdAsync(DemoUsers.DealerP0001);
        var users = database.Get<UserManager<PortalUser>>();
        var dealer = (await users.FindByIdAsync(dealerId))!;
        for (var i = 0; i < 5; i++) await users.AccessFailedAsync(dealer); // MaxFailedAccessAttempts = 5
        Assert.True(await IsLockedOutAsync(database, dealerId));
        await database.SignInAsync(DemoUsers.Admin);

        Assert.True((await database.Get<UserAdminService>().SetLockedAsync(dealerId, false)).Succeeded);

        Assert.False(await IsLockedOutAsync(database, dealerId));
        var reloaded = await database.Get<UserManager<PortalUser>>().FindByIdAsync(dealerId);
        Assert.Equal(0, reloaded!.AccessFailedCount);
    }

    [Fact]
    public async Task An_admin_cannot_lock_themselves_out()
    {
        await using var database = await TestDatabase.CreateAsync();
        var admin = await database.SignInAsync(DemoUsers.Admin);

        var outcome = await database.Get<UserAdminService>().SetLockedAsync(admin.UserId!, true);

        Assert.Equal([ProblemCodes.CannotLockSelf], outcome.Problems.Select(p => p.Code));
        Assert.False(await IsLockedOutAsync(database, admin.UserId!));
    }

    [Fact]
    public async Task Updating_a_channel_manager_replaces_their_regions()
    {
        await using var database = await TestDatabase.CreateAsync();
        var managerId = await database.UserIdAsync(DemoUsers.ManagerEast);
        var south = await database.RegionIdAsync("SOUTH");
        var north = await database.RegionIdAsync("NORTH");
        await database.SignInAsync(DemoUsers.Admin);

        var outcome = await database.Get<UserAdminService>().UpdateAsync(managerId,
            new UserDraft(DemoUsers.ManagerEast, "陈静 (华南/华北)", PortalRoles.ChannelManager, null, [south, north]));

        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Problems));
        await using (var db = await database.CreateSystemContextAsync())
        {
            Assert.Equal(["NORTH", "SOUTH"],
                await db.ManagerRegions.Where(m => m.UserId == managerId).Select(m => m.Region!.Code).OrderBy(c => c).ToListAsync());
        }
        // The manager's next context follows the new regions.
        await database.SignInAsync(DemoUsers.ManagerEast);
        await using var scoped = await database.CreateContextAsync();
        Assert.Equal(["P0005", "P0006", "P0007", "P0008", "P0009", "P0010", "P0011"],
            await scoped.Partners.OrderBy(p => p.Code).Select(p => p.Code).ToListAsync());
    }

    [Fact]
    public async Task Changing_a_manager_into_a_dealer_drops_their_regions()
    {
        await using var database = await TestDatabase.CreateAsync();
        var managerId = await database.UserIdAsync(DemoUsers.ManagerEast);
        var east = await database.RegionIdAsync("EAST");
        var p1 = await database.PartnerIdAsync("P0001");
        await database.SignInAsync(DemoUsers.Admin);

        var outcome = await database.Get<UserAdminService>().UpdateAsync(managerId,
            new UserDraft(DemoUsers.ManagerEast, "陈静", PortalRoles.Dealer, p1, [east]));

        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Problems));
        var users = database.Get<UserManager<PortalUser>>();
        var user = (await users.FindByIdAsync(managerId))!;
        Assert.Equal([PortalRoles.Dealer], await users.GetRolesAsync(user));
        Assert.Equal(p1, user.PartnerId);
        await using var db = await database.CreateSystemContextAsync();
        Assert.False(await db.ManagerRegions.AnyAsync(m => m.UserId == managerId));
    }

    [Theory]
    [InlineData(DemoUsers.ManagerEast)]
    [InlineData(DemoUsers.DealerP0001)]
    public async Task Only_an_admin_may_administer_users(string email)
    {
        await using var database = await TestDatabase.CreateAsync();
        var dealerId = await database.UserIdAsync(DemoUsers.DealerP0002);
        await database.SignInAsync(email);
        var service = database.Get<UserAdminService>();

        await Assert.ThrowsAsync<ScopeViolationException>(() => service.ListAsync(new PageRequest()));
        await Assert.ThrowsAsync<ScopeViolationException>(() =>
            service.CreateAsync(new UserDraft("sneaky@example.com", "Sneaky", PortalRoles.Admin, null, [], StrongPassword)));
        await Assert.ThrowsAsync<ScopeViolationException>(() => service.SetLockedAsync(dealerId, true));

        Assert.False(await IsLockedOutAsync(database, dealerId));
        Assert.Null(await database.Get<UserManager<PortalUser>>().FindByEmailAsync("sneaky@example.com"));
    }

    private static async Task<bool> IsLockedOutAsync(TestDatabase database, string userId)
    {
        // A fresh scope: Identity's context must not answer from what it tracked earlier.
        var users = database.Get<UserManager<PortalUser>>();
        return await users.IsLockedOutAsync((await users.FindByIdAsync(userId))!);
    }

    private static async Task<int> CountUsersAsync(TestDatabase database)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.Users.CountAsync();
    }

    [Theory]
    // what changes → whether the user's sessions end (their security stamp changes)
    [InlineData("name", false)]
    [InlineData("regions", false)]
    [InlineData("role", true)]
    [InlineData("email", true)]
    public async Task A_new_role_or_login_ends_the_users_sessions_a_new_name_or_regions_do_not(string change, bool ends)
    {
        await using var database = await TestDatabase.CreateAsync();
        var managerId = await database.UserIdAsync(DemoUsers.ManagerEast);
        var east = await database.RegionIdAsync("EAST");
        var south = await database.RegionIdAsync("SOUTH");
        var north = await database.RegionIdAsync("NORTH");
        await database.SignInAsync(DemoUsers.Admin);
        var stampBefore = await StampAsync(database, managerId);
        var draft = new UserDraft(DemoUsers.ManagerEast, "陈静", PortalRoles.ChannelManager, null, [east, south]);
        draft = change switch
        {
            "name" => draft with { DisplayName = "陈静 (华东)" },
            "regions" => draft with { RegionIds = [east, south, north] },
            "role" => draft with { Role = PortalRoles.Admin, RegionIds = [] },
            _ => draft with { Email = "chen.jing@demo.partnerportal.local" },
        };

        var outcome = await database.Get<UserAdminService>().UpdateAsync(managerId, draft);

        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Problems));
        Assert.Equal(ends, stampBefore != await StampAsync(database, managerId));
    }

    private static async Task<string?> StampAsync(TestDatabase database, string userId)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync();
    }
}
