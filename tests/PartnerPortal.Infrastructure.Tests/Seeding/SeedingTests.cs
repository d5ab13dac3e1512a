using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Seeding;

public sealed class SeedingTests
{
    private static readonly string DemoFolder = Path.Combine(AppContext.BaseDirectory, "assets", "demo");

    [Fact]
    public async Task Demo_data_matches_the_json_files()
    {
        await using var database = await TestDatabase.CreateAsync(freshSeed: true);

        var counts = await CountAsync(database);

        using var partners = ReadJson("partners.json");
        using var products = ReadJson("products.json");
        using var warehouses = ReadJson("warehouses.json");
        using var users = ReadJson("users.json");
        using var regions = ReadJson("regions.json");
        Assert.Equal(4, regions.RootElement.GetArrayLength());
        Assert.Equal(14, partners.RootElement.GetArrayLength());
        Assert.Equal(60, products.RootElement.GetProperty("products").GetArrayLength());
        Assert.Equal(13, users.RootElement.GetArrayLength());

        var expected = new Counts(
            Regions: regions.RootElement.GetArrayLength(),
            Partners: partners.RootElement.GetArrayLength(),
            Contacts: partners.RootElement.EnumerateArray().Sum(p => p.GetProperty("contacts").GetArrayLength()),
            Products: products.RootElement.GetProperty("products").GetArrayLength(),
            StockLevels: warehouses.RootElement.EnumerateArray().Sum(w => w.GetProperty("stock").GetArrayLength()),
            Users: users.RootElement.GetArrayLength(),
            UserRoles: users.RootElement.GetArrayLength(),
            ManagerRegions: users.RootElement.EnumerateArray().Sum(u => u.GetProperty("regions").GetArrayLength()));
        Assert.Equal(expected, counts);
    }

    [Fact]
    public async Task Initializing_twice_creates_nothing_twice()
    {
        await using var database = await TestDatabase.CreateAsync(freshSeed: true);
        var first = await CountAsync(database);

        await database.InitializeAsync();

        Assert.Equal(first, await CountAsync(database));
        Assert.Equal(4, first.Regions);
        Assert.Equal(13, first.Users);
    }

    [Fact]
    public async Task Demo_users_have_their_roles_partners_and_regions()
    {
        await using var database = await TestDatabase.CreateAsync(freshSeed: true);
        using var json = ReadJson("users.json");
        var userManager = database.Get<UserManager<PortalUser>>();
        await using var db = await database.CreateSystemContextAsync();

        foreach (var row in json.RootElement.EnumerateArray())
        {
            var email = row.GetProperty("email").GetString()!;
            var user = await userManager.FindByEmailAsync(email);
            Assert.NotNull(user);
            Assert.Equal([row.GetProperty("role").GetString()!], await userManager.GetRolesAsync(user));
            Assert.True(await userManager.CheckPasswordAsync(user, Infrastructure.Seeding.SeedOptions.DemoPassword), email);

            var partnerCode = row.GetProperty("partner").ValueKind == JsonValueKind.Null ? null : row.GetProperty("partner").GetString();
            Assert.Equal(partnerCode, await db.Users.Where(u => u.Id == user.Id).Select(u => u.Partner!.Code).SingleAsync());

            var regions = row.GetProperty("regions").EnumerateArray().Select(r => r.GetString()!).Order().ToList();
            Assert.Equal(regions, await db.ManagerRegions.Where(m => m.UserId == user.Id).Select(m => m.Region!.Code).OrderBy(c => c).ToListAsync());
        }
    }

    [Fact]
    public async Task Demo_partners_land_in_their_regions_under_their_parents()
    {
        await using var database = await TestDatabase.CreateAsync(freshSeed: true);
        await using var db = await database.CreateSystemContextAsync();

        var partners = await db.Partners.OrderBy(p => p.Code)
            .Select(p => new { p.Code, Region = p.Region!.Code, Parent = p.ParentPartner != null ? p.ParentPartner.Code : null })
            .ToListAsync();

        Assert.Equal(["P0001", "P0002", "P0003", "P0004"], partners.Where(p => p.Region == "EAST").Select(p => p.Code));
        Assert.Equal(["P0005", "P0006", "P0007", "P0008"], partners.Where(p => p.Region == "SOUTH").Select(p => p.Code));
        Assert.Equal(["P0009", "P0010", "P0011"], partners.Where(p => p.Region == "NORTH").Select(p => p.Code));
        Assert.Equal(["P0012", "P0013", "P0014"], partners.Where(p => p.Region == "SOUTHWEST").Select(p => p.Code));
        Assert.Equal("P0001", partners.Single(p => p.Code == "P0002").Parent);
        Assert.Null(partners.Single(p => p.Code == "P0011").Parent);
    }

    [Fact]
    public async Task No_demo_data_is_loaded_when_the_setting_is_off()
    {
        await using var database = await TestDatabase.CreateAsync(demoData: false);
        await using var db = await database.CreateSystemContextAsync();

        Assert.Equal(PortalRoles.All.Order(), await db.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync());
        Assert.False(await db.Regions.AnyAsync());
        Assert.False(await db.Partners.AnyAsync());
        Assert.False(await db.Products.AnyAsync());
        Assert.False(await db.Users.AnyAsync());
    }

    [Fact]
    public async Task The_configured_administrator_is_created_once()
    {
        const string email = "root@example.com";
        await using var database = await TestDatabase.CreateAsync(demoData: false, settings: new Dictionary<string, string?>
        {
            ["Seed:AdminEmail"] = email,
            ["Seed:AdminPassword"] = "Bootstrap#2026",
        });

        await database.InitializeAsync();

        var users = database.Get<UserManager<PortalUser>>();
        var admin = Assert.Single(await users.GetUsersInRoleAsync(PortalRoles.Admin));
        Assert.Equal(email, admin.Email);
        Assert.True(await users.CheckPasswordAsync(admin, "Bootstrap#2026"));
        await using var db = await database.CreateSystemContextAsync();
        Assert.Equal(1, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Demo_data_never_lands_on_a_database_that_has_users()
    {
        await using var database = await TestDatabase.CreateAsync(demoData: false, settings: new Dictionary<string, string?>
        {
            ["Seed:AdminEmail"] = "root@example.com",
            ["Seed:AdminPassword"] = "Bootstrap#2026",
        });
        await using var seeding = await TestDatabase.CreateAsync(initialize: false, settings: new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = "Data Source=" + database.FilePath,
        });

        await seeding.InitializeAsync();

        await using var db = await database.CreateSystemContextAsync();
        Assert.False(await db.Regions.AnyAsync());
        Assert.Equal(1, await db.Users.CountAsync());
    }

    [Fact]
    public async Task The_initializer_leaves_the_sqlite_file_in_wal_mode()
    {
        await using var database = await TestDatabase.CreateAsync();

        await using var db = database.CreateRawContext();
        var mode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync();

        Assert.Equal("wal", mode);
    }

    private static JsonDocument ReadJson(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(DemoFolder, file)));

    private sealed record Counts(int Regions, int Partners, int Contacts, int Products, int StockLevels, int Users, int UserRoles, int ManagerRegions);

    private static async Task<Counts> CountAsync(TestDatabase database)
    {
        await using var db = await database.CreateSystemContextAsync();
        return new Counts(
            await db.Regions.CountAsync(), await db.Partners.CountAsync(), await db.PartnerContacts.CountAsync(),
            await db.Products.CountAsync(), await db.StockLevels.CountAsync(), await db.Users.CountAsync(),
            await db.UserRoles.CountAsync(), await db.ManagerRegions.CountAsync());
    }
}
