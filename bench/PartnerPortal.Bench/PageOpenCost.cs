using System.Diagnostics;
using Microsoft.Playwright;

namespace PartnerPortal.Bench;

/// <summary>
/// Server CPU time per page open: the request that prerenders the page, the circuit that takes it over, and its end when the
/// tab closes, one open at a time, read from the portal's process before and after each and less what it uses idle.
/// </summary>
internal static class PageOpenCost
{
    public static async Task<IReadOnlyList<double>> MeasureAsync(PortalProcess portal, IBrowserContext context, PortalPage target,
        int opens, double idleCpuPerSecond)
    {
        // Warm-up: the runtime compiles a method again, optimised, after about 30 calls; most run once per open.
        for (var i = 0; i < 40; i++) await OpenAsync(portal, context, target);
        var costs = new List<double>(opens);
        for (var i = 0; i < opens; i++)
        {
            var before = await portal.FiguresAsync();
            var clock = Stopwatch.StartNew();
            await OpenAsync(portal, context, target);
            var after = await portal.FiguresAsync();
            costs.Add(after.CpuMilliseconds - before.CpuMilliseconds - idleCpuPerSecond * clock.Elapsed.TotalSeconds);
        }
        return costs;
    }

    /// <summary>
    /// CPU milliseconds a second the portal uses with nothing to do (timers, the outbox's polling), once the work it does after
    /// starting (the demo data's rebate accruals) is over: two-second windows until one stays under 50 ms a second, at most a minute.
    /// </summary>
    public static async Task<double> IdleCpuPerSecondAsync(PortalProcess portal)
    {
        var rate = double.MaxValue;
        for (var window = 0; window < 30 && rate > 50; window++)
        {
            var before = await portal.FiguresAsync();
            var clock = Stopwatch.StartNew();
            await Task.Delay(TimeSpan.FromSeconds(2));
            var after = await portal.FiguresAsync();
            rate = (after.CpuMilliseconds - before.CpuMilliseconds) / clock.Elapsed.TotalSeconds;
        }
        return rate;
    }

    private static async Task OpenAsync(PortalProcess portal, IBrowserContext context, PortalPage target)
    {
        var circuits = (await portal.FiguresAsync()).OpenCircuits;
        var page = await context.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + target.Path);
        await target.WaitUntilShownAsync(page);
        await page.CloseAsync(new() { RunBeforeUnload = true });
        // The circuit ends when the browser says the tab closed; count that too.
        for (var wait = 0; wait < 50 && (await portal.FiguresAsync()).OpenCircuits > circuits; wait++) await Task.Delay(20);
    }
}
