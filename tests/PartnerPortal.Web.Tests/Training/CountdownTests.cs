using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Web.Components.Training;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Training;

/// <summary>The countdown of a timed attempt, driven by a clock the test moves.</summary>
public sealed class CountdownTests : BunitTestContext
{
    private static readonly DateTimeOffset Now = new(2025, 9, 15, 2, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Now);
    private int _expired;

    public CountdownTests() => Services.AddSingleton<TimeProvider>(_clock);

    private IRenderedComponent<Countdown> RenderCountdown(DateTimeOffset deadline) =>
        Render<Countdown>(p => p.Add(x => x.Deadline, deadline).Add(x => x.Expired, () => _expired++));

    private static string Shown(IRenderedComponent<Countdown> cut) => cut.Find("[data-testid=countdown]").TextContent.Trim();

    [Fact]
    public void Shows_minutes_and_seconds_left()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCountdown(Now.AddMinutes(12).AddSeconds(5));

        Assert.Equal("Time left: 12:05", Shown(cut));
    }

    [Fact]
    public void Ticks_down_each_second()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderCountdown(Now.AddMinutes(2));

        _clock.Advance(TimeSpan.FromSeconds(1));
        cut.WaitForAssertion(() => Assert.Equal("Time left: 01:59", Shown(cut)));

        _clock.Advance(TimeSpan.FromSeconds(60));
        cut.WaitForAssertion(() => Assert.Equal("Time left: 00:59", Shown(cut)));
        Assert.Equal(0, _expired);
    }

    [Fact]
    public void Calls_expired_once_at_zero_and_stops()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderCountdown(Now.AddSeconds(3));

        _clock.Advance(TimeSpan.FromSeconds(2));
        cut.WaitForAssertion(() => Assert.Equal("Time left: 00:01", Shown(cut)));
        Assert.Equal(0, _expired);

        _clock.Advance(TimeSpan.FromSeconds(1));
        cut.WaitForAssertion(() => Assert.Equal(1, _expired));
        Assert.Equal("Time left: 00:00", Shown(cut));
        Assert.Equal("true", cut.Find("[data-testid=countdown]").GetAttribute("data-expired"));

        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, _expired);
        Assert.Equal(0, _clock.ActiveTimers);
    }

    [Fact]
    public void A_deadline_already_past_expires_at_once()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCountdown(Now.AddSeconds(-30));

        cut.WaitForAssertion(() => Assert.Equal(1, _expired));
        Assert.Equal("Time left: 00:00", Shown(cut));
    }

    [Fact]
    public async Task Stops_its_timer_when_removed()
    {
        UseCulture(PortalCultures.English);
        RenderCountdown(Now.AddMinutes(5));
        Assert.Equal(1, _clock.ActiveTimers);

        await DisposeComponentsAsync();

        Assert.Equal(0, _clock.ActiveTimers);
    }
}
