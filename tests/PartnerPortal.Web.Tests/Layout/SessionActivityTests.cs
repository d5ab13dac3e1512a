using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Web.Account;
using PartnerPortal.Web.Components.Layout;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Layout;

public sealed class SessionActivityTests : BunitTestContext
{
    private readonly ManualClock _clock = new(ClockedPortalApp.Start);

    public SessionActivityTests()
    {
        Services.AddSingleton<TimeProvider>(_clock);
        Services.AddScoped<CircuitActivity>();
    }

    [Fact]
    public void Starts_watching_for_input_with_the_activity_address()
    {
        var module = JSInterop.SetupModule(SessionActivity.ModulePath);
        module.SetupVoid("watch", _ => true).SetVoidResult();

        var cut = Render<SessionActivity>();

        var watch = module.VerifyInvoke("watch");
        Assert.Equal("Account/Activity", watch.Arguments[1]);
        cut.WaitForAssertion(() => Assert.Equal("on", cut.Find("[data-session-activity]").GetAttribute("data-session-activity")));
    }

    [Fact]
    public void Input_reported_by_the_page_counts_as_use_of_the_circuit()
    {
        var cut = Render<SessionActivity>();
        var activity = Services.GetRequiredService<CircuitActivity>();
        Assert.Equal(ClockedPortalApp.Start, activity.LastUsedAt);

        _clock.Advance(TimeSpan.FromMinutes(12));
        cut.Instance.Touch();

        Assert.Equal(ClockedPortalApp.Start.AddMinutes(12), activity.LastUsedAt);
    }

    [Fact]
    public async Task Stops_watching_when_the_page_goes()
    {
        var module = JSInterop.SetupModule(SessionActivity.ModulePath);
        module.SetupVoid("watch", _ => true).SetVoidResult();
        module.SetupVoid("stop", _ => true).SetVoidResult();
        var cut = Render<SessionActivity>();

        await cut.Instance.DisposeAsync();

        module.VerifyInvoke("stop");
    }
}
