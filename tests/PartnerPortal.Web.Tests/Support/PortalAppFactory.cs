using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Web.Tests.Support;

/// <summary>The real app on its own SQLite file with the demo data, one per test class.</summary>
public sealed class PortalAppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp-web-tests", Guid.NewGuid().ToString("N"));
    private readonly IDictionary<string, string?>? _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly string _environment = "Development";

    public PortalAppFactory()
    {
    }

    private PortalAppFactory(IDictionary<string, string?> settings, Action<IServiceCollection>? services, string environment)
    {
        _settings = settings;
        _services = services;
        _environment = environment;
    }

    /// <summary>The app with other settings or services, for a test of its own (a class fixture takes the parameterless one).</summary>
    /// <param name="settings">Settings over the ones below, e.g. lower throttling limits.</param>
    /// <param name="services">Replaces app services, e.g. the clock.</param>
    /// <param name="environment">The hosting environment; Production runs the production error handling and HSTS.</param>
    public static PortalAppFactory With(IDictionary<string, string?> settings, Action<IServiceCollection>? services = null,
        string environment = "Development") => new(settings, services, environment);

    public string DatabaseFile => Path.Combine(_folder, "portal.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment(_environment);
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={DatabaseFile}",
            ["Seed:DemoData"] = "true",
            ["Portal:DefaultCulture"] = "en",
            // Accruals change only when a test asks, so that figures the tests read stay put.
            ["Rebates:BackgroundAccruals"] = "false",
            // No webhook endpoints here; the webhook tests run the dispatcher against their own receiver.
            ["Webhooks:Enabled"] = "false",
            // Every test signs in from the same address, many times a minute; the throttling tests set their own limits.
            ["Throttling:SignInAttempts"] = "100000",
            ["Throttling:FailedApiKeyAttempts"] = "100000",
        }));
        if (_settings is not null) builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
        if (_services is not null) builder.ConfigureServices(_services);
    }

    public PortalClient CreatePortalClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>The page at <paramref name="path"/> as <paramref name="user"/> sees it, server-rendered; anything but 200 fails the test.</summary>
    public async Task<string> GetPageAsync(string user, string path)
    {
        using var client = CreatePortalClient();
        await client.SignInAsync(user);
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {html[..Math.Min(html.Length, 3000)]}");
        return html;
    }

    /// <summary>Fails unless <paramref name="user"/> is sent to the access-denied page for <paramref name="path"/>.</summary>
    public async Task AssertRefusedAsync(string user, string path)
    {
        using var client = CreatePortalClient();
        await client.SignInAsync(user);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
    }

    /// <summary>The id of a demo partner by its code, read past the scope filters.</summary>
    public async Task<int> PartnerIdAsync(string code)
    {
        using var scope = Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<PortalDbContextFactory>().CreateForSystemAsync("test");
        return await db.Partners.Where(p => p.Code == code).Select(p => p.Id).SingleAsync();
    }

    private int? _approvedOrderId;

    /// <summary>An approved, unshipped order of P0001 (made once per app), for pages that need one.</summary>
    public async Task<int> ApprovedOrderIdAsync()
    {
        if (_approvedOrderId is { } id) return id;
        return (_approvedOrderId = await WithSystemContextAsync(async db =>
        {
            var partnerId = await db.Partners.Where(p => p.Code == "P0001").Select(p => p.Id).SingleAsync();
            var product = await db.Products.SingleAsync(p => p.Sku == "AC-1001");
            var order = new Order
            {
                Number = "SO-P0001-TEST-001", PartnerId = partnerId, IdempotencyKey = "matrix", SubmittedAt = DateTimeOffset.UtcNow, Total = 5_606.00m,
                Lines = [new OrderLine { ProductId = product.Id, Sku = product.Sku, Quantity = 2, ListPrice = 3_299.00m, UnitPrice = 2_803.00m, LineTotal = 5_606.00m }],
            };
            order.MoveTo(OrderStatus.Submitted, DateTimeOffset.UtcNow, null, "test");
            order.MoveTo(OrderStatus.Approved, DateTimeOffset.UtcNow, null, "test");
            db.Orders.Add(order);
            await db.SaveChangesAsync();
            return order.Id;
        })).Value;
    }

    public async Task<T> WithSystemContextAsync<T>(Func<PortalDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<PortalDbContextFactory>().CreateForSystemAsync("test");
        return await work(db);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
