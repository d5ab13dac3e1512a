using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using MudBlazor;
using MudBlazor.Services;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Seeding;
using PartnerPortal.Web;
using PartnerPortal.Web.Access;
using PartnerPortal.Web.Account;
using PartnerPortal.Web.Api;
using PartnerPortal.Web.Api.V1;
using PartnerPortal.Web.Components;
using PartnerPortal.Web.Components.Account;
using PartnerPortal.Web.Diagnostics;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Security;
using PartnerPortal.Web.Statements;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddRepositoryDevelopmentSettings(builder.Environment);

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddTransient<MudLocalizer, PortalMudLocalizer>();
// Chinese text is sent as text, not as &#x...; escapes (a third of the size of a typical page).
builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");

builder.Services.AddCascadingAuthenticationState();
builder.Services.AddScoped<IdentityRedirectManager>();
builder.Services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
builder.Services.AddScoped<ICurrentUserAccessor, ClaimsCurrentUserAccessor>();
builder.Services.AddAuthentication(options =>
    {
        options.DefaultScheme = IdentityConstants.ApplicationScheme;
        options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
    })
    .AddIdentityCookies();
builder.Services.AddPortalSessions(builder.Configuration);
builder.Services.AddAuthorization();
builder.Services.AddProblemDetails();
builder.Services.AddApiV1();
builder.Services.AddApiDocumentation();
builder.Services.AddApiRateLimiting();
builder.Services.AddPortalHttpSecurity(builder.Configuration);

builder.Services.AddPortalInfrastructure(builder.Configuration);
builder.Services.AddSingleton(PartnerPortal.Web.Components.Training.LessonContentSettings.Read(builder.Configuration));
builder.Services.AddIdentityCore<PortalUser>(options =>
    {
        options.User.RequireUniqueEmail = true;
        options.Password.RequiredLength = 8;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
    })
    .AddPortalIdentityStores()
    .AddDefaultTokenProviders()
    .AddPortalSignIn()
    .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();
builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/Account/Login";
    options.AccessDeniedPath = "/Account/AccessDenied";
    options.Cookie.Name = "PartnerPortal.Auth";
    // API callers get status codes, people get the sign-in page.
    options.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
    options.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
});
// Read from the built configuration (tests and hosts may add to it after this line); checked at start-up below.
builder.Services.AddSingleton(services => RenderingOptions.Read(services.GetRequiredService<IConfiguration>()));
builder.Services.AddDevelopmentDiagnostics(builder.Environment);
builder.Services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database");

var app = builder.Build();
_ = app.Services.GetRequiredService<RenderingOptions>(); // a wrong Rendering:Prerender stops the portal here

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseApiProblemDetails();
app.UseRequestLocalization(PortalCultures.Options(app.Configuration["Portal:DefaultCulture"] ?? PortalCultures.Chinese));
app.UseAntiforgery();
// After authentication and authorization (WebApplication runs them first), so the limiter sees the API key.
app.UseRateLimiter();

app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAdditionalIdentityEndpoints();
app.MapSessionActivity();
app.MapCultureEndpoints();
app.MapPortalApi();
app.MapApiV1();
app.MapApiDocumentation();
app.MapStatementExports();
PartnerPortal.Web.Auditing.AuditLogEndpoints.MapAuditLogExport(app);
PartnerPortal.Web.Partners.PartnerDocumentEndpoints.MapPartnerDocumentFiles(app);
PartnerPortal.Web.Returns.ReturnPhotoEndpoints.MapReturnPhotos(app);
PartnerPortal.Web.Training.TrainingEndpoints.MapTrainingEndpoints(app);
PartnerPortal.Web.Training.TrainingProgressEndpoints.MapTrainingProgressExports(app);
app.MapHealthChecks("/health").AllowAnonymous();
app.MapDevelopmentDiagnostics();

await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
await app.RunAsync();

static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
{
    if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = status;
    else context.Response.Redirect(context.RedirectUri);
    return Task.CompletedTask;
}

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
