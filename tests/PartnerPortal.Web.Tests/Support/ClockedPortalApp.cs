using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Web.Account;

namespace PartnerPortal.Web.Tests.Support;

/// <summary>
/// The real app (as <see cref="PortalAppFactory"/> builds it) on a <see cref="ManualClock"/>, with the log kept for
/// reading and the password checks counted, for tests of session limits and sign-in protections. One per test class.
/// </summary>
public sealed class ClockedPortalApp : IAsyncLifetime
{
    /// <summary>A fixed morning, so that the demo data and the limits never depend on the day the tests run.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 16, 1, 0, 0, TimeSpan.Zero);

    private readonly PortalAppFactory _base = new();
    private WebApplicationFactory<Program>? _app;

    public ManualClock Clock { get; } = new(Start);

    public LogCollector Log { get; } = new();

    /// <summary>Identity's password hasher, counting the passwords it checks.</summary>
    public CountingPasswordHasher PasswordHasher { get; } = new();

    public WebApplicationFactory<Program> App => _app ??= _base.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ILoggerProvider>(Log);
        services.AddSingleton<IPasswordHasher<PortalUser>>(PasswordHasher);
    }));

    public IServiceProvider Services => App.Services;

    public PortalClient CreatePortalClient() =>
        new(App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A client signed in as <paramref name="email"/> through the sign-in form.</summary>
    public async Task<PortalClient> SignedInAsync(string email, string password = PortalClient.DemoPassword)
    {
        var client = CreatePortalClient();
        await client.SignInAsync(email, password);
        return client;
    }

    /// <summary>
    /// A DI scope as an open circuit of <paramref name="email"/> has it: the principal the sign-in cookie carries (made now,
    /// with the user's current security stamp) set as the circuit's authentication state.
    /// </summary>
    public async Task<AsyncServiceScope> OpenCircuitAsync(string email)
    {
        var scope = Services.CreateAsyncScope();
        ClaimsPrincipalOf(scope, await CookiePrincipalAsync(email));
        return scope;
    }

    /// <summary>What the sign-in cookie of <paramref name="email"/> would carry if they signed in now, not kept signed in.</summary>
    public async Task<System.Security.Claims.ClaimsPrincipal> CookiePrincipalAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<PortalUser>>();
        var principal = await factory.CreateAsync((await users.FindByEmailAsync(email))!);
        SessionClaims.Stamp((System.Security.Claims.ClaimsIdentity)principal.Identity!, new AuthenticationProperties(), Clock.GetUtcNow(), kept: false);
        return principal;
    }

    private static void ClaimsPrincipalOf(AsyncServiceScope scope, System.Security.Claims.ClaimsPrincipal principal) =>
        ((IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));

    public async Task<T> WithSystemContextAsync<T>(Func<PortalDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<PortalDbContextFactory>().CreateForSystemAsync("test");
        return await work(db);
    }

    public Task<int> PartnerIdAsync(string code) =>
        WithSystemContextAsync(db => db.Partners.Where(p => p.Code == code).Select(p => p.Id).SingleAsync());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        await _base.DisposeAsync();
    }
}
