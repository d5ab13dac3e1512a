using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using PartnerPortal.Web.Localization;

namespace PartnerPortal.Web.Tests.Support;

/// <summary>
/// Base of the component tests, after MudBlazor's own BunitTest: a bUnit context with the MudBlazor services,
/// loose JS interop (MudBlazor calls JS that bUnit cannot run) and the portal's localization from Resources/*.resx.
/// xUnit creates one instance per test, so every test gets a fresh context; it is disposed after the test.
/// </summary>
public abstract class BunitTestContext : BunitContext
{
    private CultureInfo? _originalCulture;
    private CultureInfo? _originalUICulture;

    protected BunitTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        // Waits end as soon as the assertion holds; the generous limit only matters when the test projects share the cores.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        Services.AddMudServices();
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
        // Lessons render with the default policy (the portal's own images only); a test may add its own.
        Services.AddSingleton(PartnerPortal.Web.Components.Training.LessonContentPolicy.Default);
    }

    /// <summary>
    /// Runs the rest of the test under one of the portal's cultures (as <see cref="PortalCultures.Create"/> builds it),
    /// for both formatting and translations. Call it at the start of the test method, before rendering;
    /// the previous cultures are restored when the context is disposed.
    /// </summary>
    protected void UseCulture(string name)
    {
        _originalCulture ??= CultureInfo.CurrentCulture;
        _originalUICulture ??= CultureInfo.CurrentUICulture;
        var culture = PortalCultures.Create(name);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposingAsync)
        {
            if (_originalCulture is not null) CultureInfo.CurrentCulture = _originalCulture;
            if (_originalUICulture is not null) CultureInfo.CurrentUICulture = _originalUICulture;
            // Some MudBlazor services can only be disposed asynchronously; xUnit 2 calls Dispose().
            _disposingAsync = true;
            DisposeAsync().AsTask().GetAwaiter().GetResult();
            return;
        }
        base.Dispose(disposing);
    }

    private bool _disposingAsync;
}
