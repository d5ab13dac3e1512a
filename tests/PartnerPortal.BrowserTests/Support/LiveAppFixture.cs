using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;

namespace PartnerPortal.BrowserTests.Support;

/// <summary>
/// The real portal on a loopback port with its own SQLite file and the demo data, and Debian's
/// Chromium driven by Playwright (Playwright's own browser download is not used).
/// </summary>
public sealed class LiveAppFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp-browser-tests", Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = default!;

    /// <summary>For calling the app's HTTP API directly, as an integration would.</summary>
    public IPlaywright Playwright => _playwright ?? throw new InvalidOperationException("Playwright is not started.");

    /// <summary>The running app's services, for reading what a journey needs to know (e.g. the answers only the server has).</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The app is not running.");

    /// <summary>Signs a demo user in through the login form and waits until the portal has let them in.</summary>
    public async Task SignInAsync(IPage page, string email, string password = "Demo#2026")
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(BaseUrl + "/Account/Login");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", password);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var port = FreeLoopbackPort();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseUrls($"http://127.0.0.1:{port}");
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "portal.db")}",
                ["Seed:DemoData"] = "true",
                // The journeys sign in from loopback many times a minute.
                ["Throttling:SignInAttempts"] = "100000",
            }));
        });
        _factory.UseKestrel();
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        // The test projects run side by side on two cores: give the page time to answer before failing.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    private static int FreeLoopbackPort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
